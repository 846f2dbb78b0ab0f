using LiteDB;

namespace ReserveTui.Storage;

/// <summary>How a nomination (人选) is stored, with everything the nominee's guards read.</summary>
internal sealed class NominationDocument
{
    [BsonId]
    public string Id { get; set; } = "";

    public string CampaignId { get; set; } = "";
    public string PersonId { get; set; } = "";
    public string PersonName { get; set; } = "";
    public string TrackId { get; set; } = "";
    public string ChannelId { get; set; } = "";

    /// <summary>Direct entry as 差额人选 / 未录用的考察对象: the rank of the post competed for (相应层次).</summary>
    public ReserveSdk.RankLevel? CompetedRank { get; set; }

    /// <summary>Notes given with workflow actions, by action id (the reason a candidate was not selected …).</summary>
    public Dictionary<string, string> ActionNotes { get; set; } = [];
    public string State { get; set; } = "";
    public int Version { get; set; }
    public Dictionary<string, DateTime> Marks { get; set; } = [];
    public List<RecordedDecision> Attestations { get; set; } = [];
    public List<RecordedDecision> Relaxations { get; set; } = [];
    public bool Debriefed { get; set; }
    public string? DebriefNote { get; set; }
    public decimal? FitShare { get; set; }
    public decimal? BasicallyFitShare { get; set; }
    public decimal? UnfitShare { get; set; }
    public string? InspectionConclusion { get; set; }
    public List<NoticeReport> Reports { get; set; } = [];
    public Dictionary<string, decimal> Scores { get; set; } = [];
    public List<string> Documents { get; set; } = [];
    public bool ExamPassed { get; set; }
}
