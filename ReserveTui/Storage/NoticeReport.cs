namespace ReserveTui.Storage;

/// <summary>A report (举报) received during the public notice, and what its check found.</summary>
internal sealed class NoticeReport
{
    public int Number { get; set; }
    public DateTime At { get; set; }
    public string? Text { get; set; }

    /// <summary>open, verified (一经查实) or unfounded (查无实据).</summary>
    public string Status { get; set; } = "open";

    public string? ResolvedBy { get; set; }

    /// <summary>What the check found (核查情况): required with the verdict, so the record says why, not only what.</summary>
    public string? Finding { get; set; }
}
