using ReserveSdk;

namespace ReserveScheme.Village;

/// <summary>五 年龄要求，培养期限 — 1–3 years of training, then the mature ones 择优 become 村两委 deputies.</summary>
public static class VillageManagement
{
    /// <summary>How the scheme's reserves are managed and used.</summary>
    public static ManagementRules Rules { get; } = new ManagementRules
    {
        Citation = "第三篇 五11",
        MinimumTrainingYears = 1,
        ManagementPeriodYears = 3,
        UseRules = [new UseRule("village-committee", "经过1-3年培养成熟后，择优充实到村两委担任副职", "第三篇 五11")],
    };
}
