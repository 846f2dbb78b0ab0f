using LiteDB;

namespace ReserveTui.Storage;

/// <summary>How a campaign (选拔批次) is stored. <see cref="Version"/> guards against two operators' edits crossing.</summary>
internal sealed class CampaignDocument
{
    [BsonId]
    public string Id { get; set; } = "";

    public string SchemeId { get; set; } = "";
    public string SchemeVersion { get; set; } = "";
    public string UnitId { get; set; } = "";
    public string UnitName { get; set; } = "";
    public int Year { get; set; }
    public DateTime ReferenceDate { get; set; }
    public string State { get; set; } = "";
    public int Version { get; set; }

    /// <summary>When each action fired (action id → UTC time): the time guards' clock marks.</summary>
    public Dictionary<string, DateTime> Marks { get; set; } = [];

    /// <summary>The pre-selection publication (选拔前公开): purpose, conditions, scope, eligible list, method, time and place.</summary>
    public Dictionary<string, string> Publication { get; set; } = [];

    /// <summary>得票集中 threshold: share of ballots a nominee needs to count as concentrated. Never lowered automatically.</summary>
    public decimal ConcentrationThreshold { get; set; }

    /// <summary>Most names a ballot may choose; 0 means no limit.</summary>
    public int MaxChoices { get; set; }

    /// <summary>The superior organisation department's approval of the plan; null until recorded (第一篇 4.二).</summary>
    public PlanApprovalRecord? PlanApproval { get; set; }

    /// <summary>公示受理: where and how the public may report on the nominees during the notice (telephone, address, mailbox).</summary>
    public string? NoticeContact { get; set; }

    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
}
