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
}
