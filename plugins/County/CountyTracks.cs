using ReserveSdk;

namespace ReserveScheme.County;

/// <summary>The county's two kinds of reserve.</summary>
public static class CountyTracks
{
    /// <summary>正科级后备 — 正职.</summary>
    public static Track PrincipalSection { get; } = new("principal-section", "正科级后备", PostLevel.Principal);

    /// <summary>副科级后备 — 副职.</summary>
    public static Track DeputySection { get; } = new("deputy-section", "副科级后备", PostLevel.Deputy);
}
