namespace ReserveSdk;

/// <summary>What pool rules judge: the reserves, the units they serve, and the date ages are counted on.</summary>
/// <param name="ReferenceDate">Ages are counted on this date.</param>
/// <param name="Units">Units in scope, with post counts.</param>
/// <param name="Members">The reserves.</param>
public sealed record PoolContext(DateOnly ReferenceDate, IReadOnlyList<UnitFacts> Units, IReadOnlyList<PoolMember> Members);
