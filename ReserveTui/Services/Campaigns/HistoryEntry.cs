namespace ReserveTui.Services.Campaigns;

/// <summary>
/// One entry of a campaign's full record (全程记实) as people read it: when (in the operator's time zone), who,
/// the action's code and Chinese name, the nominee it concerns, and the input as JSON.
/// </summary>
internal sealed record HistoryEntry(long Seq, DateTimeOffset At, string Operator, string Action, string ActionName, string Subject, string? Nominee, string? Data);
