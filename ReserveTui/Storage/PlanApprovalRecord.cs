namespace ReserveTui.Storage;

/// <summary>方案审核 — the superior organisation department's approval of a campaign's plan (第一篇 4.二), as stored.</summary>
internal sealed class PlanApprovalRecord
{
    /// <summary>Who approved: the superior organisation department (and person), as the operator wrote it.</summary>
    public string Approver { get; set; } = "";

    /// <summary>The approval's document number (文号).</summary>
    public string Document { get; set; } = "";

    /// <summary>The day it was approved (UTC midnight of the date).</summary>
    public DateTime On { get; set; }

    /// <summary>The operator who recorded it.</summary>
    public string? By { get; set; }

    /// <summary>When it was recorded.</summary>
    public DateTime At { get; set; }
}
