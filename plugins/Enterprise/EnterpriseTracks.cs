using ReserveSdk;

namespace ReserveScheme.Enterprise;

/// <summary>The company's one kind of reserve.</summary>
public static class EnterpriseTracks
{
    /// <summary>中层助理后备 (若干名).</summary>
    public static Track Assistant { get; } = new("assistant", "中层助理后备", PostLevel.Deputy);
}
