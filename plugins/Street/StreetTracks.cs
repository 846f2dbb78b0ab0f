using ReserveSdk;

namespace ReserveScheme.Street;

/// <summary>The street's one kind of reserve.</summary>
public static class StreetTracks
{
    /// <summary>中层后备 (the seed names 中层后备干部 in 五4).</summary>
    public static Track Middle { get; } = new("middle", "中层后备", PostLevel.Deputy);
}
