namespace ReserveSdk;

/// <summary>The status of a condition for one person, with a Chinese explanation naming the actual and the required values.</summary>
/// <param name="Status">Met, unmet, unknown or pending.</param>
/// <param name="Explanation">e.g. "年龄 41 岁，超过 40 岁上限".</param>
/// <example><code>new ConditionResult(ConditionStatus.Unmet, "年龄 41 岁，超过 40 岁上限")</code></example>
public sealed record ConditionResult(ConditionStatus Status, string Explanation)
{
    /// <summary>A met result.</summary>
    /// <param name="explanation">Why.</param>
    /// <returns>The result.</returns>
    public static ConditionResult Met(string explanation) => new(ConditionStatus.Met, explanation);

    /// <summary>An unmet result.</summary>
    /// <param name="explanation">Why.</param>
    /// <returns>The result.</returns>
    public static ConditionResult Unmet(string explanation) => new(ConditionStatus.Unmet, explanation);

    /// <summary>An unknown result: a needed fact is missing.</summary>
    /// <param name="explanation">Which fact is missing.</param>
    /// <returns>The result.</returns>
    public static ConditionResult Unknown(string explanation) => new(ConditionStatus.Unknown, explanation);

    /// <summary>A met or unmet result from a boolean.</summary>
    /// <param name="met">Whether the condition holds.</param>
    /// <param name="explanation">Why.</param>
    /// <returns>The result.</returns>
    public static ConditionResult From(bool met, string explanation) => new(met ? ConditionStatus.Met : ConditionStatus.Unmet, explanation);
}
