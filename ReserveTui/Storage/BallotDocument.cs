using LiteDB;

namespace ReserveTui.Storage;

/// <summary>One recommendation ballot (推荐票): the voter's category and the nominations chosen. Never deleted: a wrong one is voided (作废) with a reason.</summary>
internal sealed class BallotDocument
{
    [BsonId]
    public string Id { get; set; } = "";

    public string CampaignId { get; set; } = "";
    public string Category { get; set; } = "";
    public List<string> Choices { get; set; } = [];

    /// <summary>票号: 1, 2, … within the campaign, in the order entered.</summary>
    public int Number { get; set; }

    /// <summary>The import (<see cref="BallotImportDocument.Batch"/>) it came from; 0 for a ballot typed in.</summary>
    public int Batch { get; set; }

    public DateTime? VoidedAt { get; set; }
    public string? VoidedBy { get; set; }
    public string? VoidReason { get; set; }
}
