namespace ReserveSdk;

/// <summary>One rule's outcome for one person, with everything needed to show and file it.</summary>
/// <param name="RuleId">The rule id.</param>
/// <param name="Kind">The kind in force for this evaluation (a hard rule may have become relaxable).</param>
/// <param name="Outcome">Pass, fail, unknown, pending, info or relaxed.</param>
/// <param name="Description">The rule in Chinese.</param>
/// <param name="Citation">Where the source says it.</param>
/// <param name="Explanation">Why, naming actual and required values, e.g. "年龄 41 岁，超过 40 岁上限".</param>
/// <param name="Facts">The roster keys the rule read.</param>
public sealed record RuleResult(string RuleId, RuleKind Kind, RuleOutcome Outcome, string Description, string Citation, string Explanation, IReadOnlyList<string> Facts);
