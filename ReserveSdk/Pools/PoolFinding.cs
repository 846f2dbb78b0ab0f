namespace ReserveSdk;

/// <summary>One line of a gap report (缺什么、补什么).</summary>
/// <param name="RuleId">The pool rule.</param>
/// <param name="Description">The rule in Chinese.</param>
/// <param name="Citation">Where the source says it.</param>
/// <param name="Status">Met, short or warning.</param>
/// <param name="Explanation">What was found, e.g. "正职后备 5 名，目标 8 名，缺 3 名".</param>
public sealed record PoolFinding(string RuleId, string Description, string Citation, PoolStatus Status, string Explanation)
{
    /// <summary>The target number, where the rule sets one.</summary>
    public int? Target { get; init; }

    /// <summary>The number found.</summary>
    public int? Actual { get; init; }

    /// <summary>How many are missing (0 when met).</summary>
    public int Gap => Target is { } t && Actual is { } a ? Math.Max(0, t - a) : 0;
}
