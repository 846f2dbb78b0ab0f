namespace ReserveTui.Services.Campaigns;

/// <summary>A report (举报) received during the public notice; <paramref name="Status"/> is open, verified or unfounded.</summary>
internal sealed record ReportView(int Number, DateTime At, string Text, string Status, string? ResolvedBy)
{
    /// <summary>What the check found (核查情况), once checked.</summary>
    public string? Finding { get; init; }

    /// <summary>The status as the operator reads it.</summary>
    public string StatusName => Status switch
    {
        "verified" => "经查属实",
        "unfounded" => "查无实据",
        _ => "待核查",
    };
}
