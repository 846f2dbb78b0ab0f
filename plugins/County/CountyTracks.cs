using ReserveSdk;

namespace ReserveScheme.County;

/// <summary>The county's two kinds of reserve.</summary>
public static class CountyTracks
{
    /// <summary>正科级后备 — 正职; feeds 正科 posts (the level a direct entrant's competed post must match).</summary>
    public static Track PrincipalSection { get; } = new("principal-section", "正科级后备", PostLevel.Principal) { Rank = RankLevel.Section };

    /// <summary>副科级后备 — 副职; feeds 副科 posts.</summary>
    public static Track DeputySection { get; } = new("deputy-section", "副科级后备", PostLevel.Deputy) { Rank = RankLevel.DeputySection };
}
