namespace ReserveSdk;

/// <summary>
/// 条件 on a workflow action. The description is the Chinese reason shown to the operator when the
/// guard holds the action back, so write it as the requirement: "公示期满 7 天后方可结束公示".
/// </summary>
/// <param name="Description">The requirement, in Chinese.</param>
/// <param name="Check">True when the action may proceed.</param>
/// <example><code>new Guard("须先公布选拔方案", g => g.Marks.ContainsKey("publish"))</code></example>
public sealed record Guard(string Description, Func<GuardContext, bool> Check)
{
    /// <summary>
    /// The fact this guard reads (<see cref="WorkflowFacts"/>), when it reads one. Hosts use it to offer the
    /// record a workflow depends on (考察结论, 公示举报, 报名材料, 考选成绩) only for schemes whose workflow reads it.
    /// </summary>
    public string? Fact { get; init; }

    /// <summary>
    /// When set, the reason given when the guard is unmet, made from the facts (e.g. who is ranked ahead); null or
    /// empty falls back to <see cref="Description"/>.
    /// </summary>
    public Func<GuardContext, string?>? Explain { get; init; }

    /// <summary>For a time guard (<see cref="Guards.DaysSince"/>): the calendar days it waits; null otherwise.</summary>
    public int? PeriodDays { get; init; }

    /// <summary>
    /// For a time guard: the mark its period counts from (an action id, e.g. <c>publicize</c>), so hosts can show the
    /// period as dates ("公示 2026-12-03 至 2026-12-09，12-10 起可结束"); null otherwise. Since SDK 1.6.
    /// </summary>
    public string? PeriodSince { get; init; }

    /// <summary>For a stage guard (<see cref="Guards.CampaignIn"/>): the campaign state it waits for; null otherwise.</summary>
    public string? Stage { get; init; }

    /// <summary>The reason to show when the guard is unmet in <paramref name="context"/>.</summary>
    /// <param name="context">The facts the guard was checked against.</param>
    /// <returns><see cref="Explain"/>'s text, or <see cref="Description"/>.</returns>
    public string ReasonIn(GuardContext context) => Explain?.Invoke(context) is { Length: > 0 } why ? why : Description;
}
