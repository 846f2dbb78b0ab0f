namespace ReserveSdk;

/// <summary>A candidate's place in a ranking.</summary>
/// <param name="Rank">1-based; equal totals and equal tie-breaks share a rank (1, 1, 3).</param>
/// <param name="Candidate">Who.</param>
/// <param name="Total">Total points.</param>
/// <param name="Components">Top-level component id → points.</param>
public sealed record RankedCandidate(int Rank, string Candidate, decimal Total, IReadOnlyDictionary<string, decimal> Components);
