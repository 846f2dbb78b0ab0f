using ReserveSdk;

namespace ReserveScheme.College;

/// <summary>三、数量与结构.</summary>
public static class CollegeQuotas
{
    /// <summary>The college's quantity and structure rules.</summary>
    public static IReadOnlyList<PoolRule> Rules { get; } =
    [
        PoolRules.PerPosts("quantity.principal", "后备干部按领导班子正职1:2的数量确定", "第二篇(一) 三(一)", PostLevel.Principal, 2m),
        PoolRules.PerPosts("quantity.deputy", "后备干部按领导班子副职1:1的数量确定", "第二篇(一) 三(一)", PostLevel.Deputy, 1m),
        // "比例占15%左右": warn only when clearly below, i.e. under 12%.
        PoolRules.ShareAtLeast("structure.diversity", "后备干部队伍中应有一定数量的民主党派和无党派人士、女干部、少数民族干部，比例占15%左右（低于12%时提示）", "第二篇(一) 三(二)",
            0.12m, "民主党派和无党派人士、女干部、少数民族干部",
            p => p.Party is PartyAffiliation.DemocraticParty or PartyAffiliation.NonPartisan || p.Gender == Gender.Female || p.IsEthnicMinority == true),
    ];
}
