namespace ReserveTui.Services;

/// <summary>
/// One policy test case as an organisation department writes it (plugins/&lt;Scheme&gt;/cases/*.yaml): a person's
/// facts, a reference date, a track, and the expected verdict (and, optionally, which rules fail or lack facts).
/// </summary>
internal sealed record PolicyCase(string File, int Line, string Name, DateOnly On, string Track, string? UnitKind,
    IReadOnlyList<KeyValuePair<string, string?>> Person, string Expect, IReadOnlyList<string>? Failing,
    IReadOnlyList<string> Attested, IReadOnlyList<string> Relaxed);
