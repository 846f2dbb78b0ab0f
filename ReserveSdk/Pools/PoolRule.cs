namespace ReserveSdk;

/// <summary>A quantity or structure rule over the pool; it gives findings, never a per-person verdict. Create with <see cref="PoolRules"/>.</summary>
/// <param name="Id">Rule id.</param>
/// <param name="Description">The rule in Chinese.</param>
/// <param name="Citation">Where the source says it.</param>
/// <param name="Kind">Quantity or structure.</param>
/// <param name="Check">Judges a pool.</param>
public sealed record PoolRule(string Id, string Description, string Citation, PoolRuleKind Kind, Func<PoolContext, PoolFinding> Check);
