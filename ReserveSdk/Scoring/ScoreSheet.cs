namespace ReserveSdk;

/// <summary>One candidate's points, keyed by leaf component id (a part's id where the component has parts).</summary>
/// <param name="Candidate">Who (name or nomination id).</param>
/// <param name="Points">Leaf component id → points.</param>
public sealed record ScoreSheet(string Candidate, IReadOnlyDictionary<string, decimal> Points);
