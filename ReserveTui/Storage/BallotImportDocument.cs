using LiteDB;

namespace ReserveTui.Storage;

/// <summary>
/// One ballot file imported into a campaign. The content's hash finds the same file brought twice (under any name);
/// voiding the import voids its ballots and lets a corrected file in.
/// </summary>
internal sealed class BallotImportDocument
{
    [BsonId]
    public string Id { get; set; } = "";

    public string CampaignId { get; set; } = "";

    /// <summary>导入批号: 1, 2, … within the campaign.</summary>
    public int Batch { get; set; }

    public string FileName { get; set; } = "";
    public string Sha256 { get; set; } = "";

    /// <summary>The hash of the ballots as read (category and names per row): the same ballots saved again as .xlsx, or with another line ending, are the same import.</summary>
    public string RowsSha256 { get; set; } = "";
    public DateTime At { get; set; }
    public string By { get; set; } = "";
    public int Count { get; set; }
    public DateTime? VoidedAt { get; set; }
    public string? VoidedBy { get; set; }
    public string? VoidReason { get; set; }
}
