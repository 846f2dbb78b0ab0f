namespace ReserveTui.Services.Campaigns;

/// <summary>
/// One entry of a campaign's full record (全程记实) as people read it: when (in the operator's time zone), who,
/// the action's code and Chinese name, the nominee it concerns, and the input as JSON.
/// </summary>
internal sealed record HistoryEntry(long Seq, DateTimeOffset At, string Operator, string Action, string ActionName, string Subject, string? Nominee, string? Data)
{
    /// <summary>The time the rules judged by, when the clock was set (training databases): shown beside <see cref="At"/>, which is always real.</summary>
    public DateTimeOffset? JudgedAt { get; init; }

    /// <summary>The entry in Chinese (<see cref="HistoryText.Describe"/>): what screens and the text output show.</summary>
    public string Description { get; init; } = "";

    /// <summary>The nominee it concerns, then what was done: "甲·人选操作：公示（已考察 → 公示中）".</summary>
    public string Line => (Nominee is null ? "" : Nominee + "·") + (Description.Length > 0 ? Description : ActionName);

    /// <summary>A stored record entry in <paramref name="zone"/>'s time, about <paramref name="nominee"/> where it concerns one.</summary>
    public static HistoryEntry Of(Storage.AuditEntry e, TimeZoneInfo zone, string? nominee) =>
        new(e.Seq, Local(e.At, zone), e.Operator ?? "", e.Action ?? "", AuditActions.Chinese(e.Action ?? ""), e.Subject ?? "", nominee, e.Data)
        {
            JudgedAt = e.JudgedAt is { } j ? Local(j, zone) : null,
        };

    private static DateTimeOffset Local(DateTime stored, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(new DateTimeOffset(stored.ToUniversalTime()), zone);

    /// <summary>"（按 2026-06-30 09:00 判定）" for an entry made under a set clock, else empty.</summary>
    public string JudgedNote => JudgedText(JudgedAt);

    /// <summary>The same note for any entry time already in the reader's zone (the CLI's audit log).</summary>
    public static string JudgedText(DateTimeOffset? judged) => judged is { } j ? $"（按 {j:yyyy-MM-dd HH:mm} 判定）" : "";
}
