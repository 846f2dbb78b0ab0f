using ReserveSdk;

namespace ReserveTest.NoSchemePlugin;

/// <summary>Uses the SDK (so the assembly references it) but implements no scheme.</summary>
public static class TrackCatalog
{
    /// <summary>A track nobody loads.</summary>
    public static Track Orphan { get; } = new("orphan", "无方案类别", PostLevel.Deputy);
}
