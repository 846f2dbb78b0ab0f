namespace ReserveTui.Services;

/// <summary>
/// One policy test case as an organisation department writes it (plugins/&lt;Scheme&gt;/cases/*.yaml). A person case:
/// a person's facts, a reference date, a track (and optionally the channel they come through), and the expected
/// verdict (and, optionally, which rules fail or lack facts). A pool case: units and reserves, and the expected
/// finding of named quantity and structure rules.
/// </summary>
internal sealed record PolicyCase(string File, int Line, string Name, DateOnly On, string Track, string? UnitKind,
    IReadOnlyList<KeyValuePair<string, string?>> Person, string Expect, IReadOnlyList<string>? Failing,
    IReadOnlyList<string> Attested, IReadOnlyList<string> Relaxed)
{
    /// <summary>The channel the person comes through (id or name); direct-entry channels are judged by the channel, not the rules.</summary>
    public string? Channel { get; init; }

    /// <summary>For "相应层次" direct entry: the rank of the post competed for.</summary>
    public string? CompetedRank { get; init; }

    /// <summary>A pool case's units, each as written (名称, 类型, 正职, 副职).</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string?>> Units { get; init; } = [];

    /// <summary>A pool case's reserves: 类别 (track) and the person's facts.</summary>
    public IReadOnlyList<IReadOnlyList<KeyValuePair<string, string?>>> Reserves { get; init; } = [];

    /// <summary>A pool case's expectations: rule id → met, short or warning.</summary>
    public IReadOnlyDictionary<string, string> ExpectPool { get; init; } = new Dictionary<string, string>();

    /// <summary>Whether this is a pool case (it has <c>expect_pool</c>).</summary>
    public bool IsPool => ExpectPool.Count > 0;
}
