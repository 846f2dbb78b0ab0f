namespace ReserveSdk;

/// <summary>一类后备 — one kind of reserve a scheme selects, e.g. college 副处级后备.</summary>
/// <param name="Id">ASCII id a script may type, e.g. <c>deputy-division</c>.</param>
/// <param name="Name">Canonical Chinese name (SCHEMES.md), e.g. 副处级后备; users may type it too.</param>
/// <param name="Level">正职 or 副职.</param>
/// <example><code>new Track("deputy-division", "副处级后备", PostLevel.Deputy)</code></example>
public sealed record Track(string Id, string Name, PostLevel Level)
{
    /// <summary>The rank of the posts this track feeds (county 正科级后备 → 正科), where a rule compares a rank with it; null when none is stated.</summary>
    public RankLevel? Rank { get; init; }
}
