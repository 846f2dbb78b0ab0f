using LiteDB;

namespace ReserveTui.Storage;

/// <summary>A reserve cadre in the pool (人才库): who, on which scheme and track, since when, until when.</summary>
internal sealed class ReserveDocument
{
    [BsonId]
    public string Id { get; set; } = "";

    public string PersonId { get; set; } = "";
    public string PersonName { get; set; } = "";
    public string SchemeId { get; set; } = "";
    public string TrackId { get; set; } = "";
    public string CampaignId { get; set; } = "";
    public string NominationId { get; set; } = "";
    public DateTime AdmittedOn { get; set; }
    public DateTime? PeriodEnd { get; set; }
    public DateTime TrainingEnd { get; set; }

    /// <summary>在库, 已提拔, 已调整, 期满取消.</summary>
    public string Status { get; set; } = "在库";

    /// <summary>Optimistic concurrency, as campaigns: a write from a stale view is refused.</summary>
    public int Version { get; set; }

    /// <summary>The channel they entered by (民主推荐, graduate …); null for reserves admitted before it was kept.</summary>
    public string? ChannelId { get; set; }

    /// <summary>Training, appraisals, talks, reports and exams, oldest first.</summary>
    public List<PoolRecordDocument> Records { get; set; } = [];

    /// <summary>期满自行取消: the day the management period ended, recorded when the lapse was first seen.</summary>
    public DateTime? LapsedOn { get; set; }

    public DateTime? RemovedOn { get; set; }
    public string? RemovalReasonId { get; set; }
    public string? RemovalNote { get; set; }

    public DateTime? PromotedOn { get; set; }
    public string? PromotedPost { get; set; }
}
