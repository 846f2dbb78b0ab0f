using ReserveSdk;

namespace ReserveScheme.Village;

/// <summary>The village's one kind of reserve.</summary>
public static class VillageTracks
{
    /// <summary>村级后备 — trained 1–3 years, then may become a 村两委 deputy (11).</summary>
    public static Track Village { get; } = new("village", "村级后备", PostLevel.Deputy);
}
