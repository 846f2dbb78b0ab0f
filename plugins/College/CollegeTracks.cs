using ReserveSdk;

namespace ReserveScheme.College;

/// <summary>The college's three kinds of reserve (第二篇(一) 二(二)).</summary>
public static class CollegeTracks
{
    /// <summary>正处级后备 — 正职.</summary>
    public static Track PrincipalDivision { get; } = new("principal-division", "正处级后备", PostLevel.Principal);

    /// <summary>副处级后备 — 副职.</summary>
    public static Track DeputyDivision { get; } = new("deputy-division", "副处级后备", PostLevel.Deputy);

    /// <summary>正科级后备 — 正职.</summary>
    public static Track PrincipalSection { get; } = new("principal-section", "正科级后备", PostLevel.Principal);

    /// <summary>All three, in the order the scheme names them.</summary>
    public static IReadOnlyList<Track> All { get; } = [PrincipalDivision, DeputyDivision, PrincipalSection];
}
