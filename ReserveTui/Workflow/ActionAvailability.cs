namespace ReserveTui.Workflow;

/// <summary>One action the current state knows: whether it may be taken now, and the Chinese reasons it is held back.</summary>
internal sealed record ActionAvailability(string Id, string Name, string To, bool Permitted, IReadOnlyList<string> Reasons)
{
    /// <summary>The action ends the path (取消, 退出, 入库 …): nothing can be taken after it, so screens confirm it first.</summary>
    public bool Final { get; init; }

    /// <summary>The action is taken with a note saying why (the scheme requires it, e.g. 研究审定未确定).</summary>
    public bool NoteRequired { get; init; }

    /// <summary>For a campaign action: how many nominees it would leave with no way on (screens ask twice then).</summary>
    public int LeavesBehind { get; init; }

    /// <summary>The period a time guard of the action waits out, as dates, once it has begun; null for no such guard.</summary>
    public GuardPeriod? Period { get; init; }

    /// <summary>The period's dates for a line of the action list, permitted or not ("" when none).</summary>
    public string PeriodText(DateOnly today) => Period is { } p ? p.Text(Name, today) : "";
}
