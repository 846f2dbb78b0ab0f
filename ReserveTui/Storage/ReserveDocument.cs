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
}
