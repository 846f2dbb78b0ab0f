using ReserveSdk;

namespace ReserveScheme.School;

/// <summary>The school's one kind of reserve.</summary>
public static class SchoolTracks
{
    /// <summary>中层后备 (inferred name: the seed selects 基层单位后备干部 for middle posts).</summary>
    public static Track Middle { get; } = new("middle", "中层后备", PostLevel.Deputy);
}
