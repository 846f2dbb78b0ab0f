using ReserveSdk;

namespace ReserveScheme.College;

/// <summary>三、数量与结构.</summary>
public static class CollegeQuotas
{
    /// <summary>The unit kind whose 正职 posts are 正科 posts; every other unit's posts are 处级 (正处 / 副处).</summary>
    public const string SectionUnitKind = "科室";

    private const string Quantity = "第二篇(一) 三(一)";

    /// <summary>The college's quantity and structure rules.</summary>
    public static IReadOnlyList<PoolRule> Rules { get; } =
    [
        // 三(一) 正职1:2、副职1:1, counted per track against the posts of the level it feeds: a 正科级 reserve never
        // fills the 正处级 target.
        PoolRules.PerTrackPosts("quantity.principal-division", "正处级后备按正处级职数（正职）1:2确定", Quantity, CollegeTracks.PrincipalDivision, 2m,
            "正处级职数", u => u.Kind == SectionUnitKind ? 0 : u.PrincipalPosts),
        PoolRules.PerTrackPosts("quantity.deputy-division", "副处级后备按副处级职数（副职）1:1确定", Quantity, CollegeTracks.DeputyDivision, 1m,
            "副处级职数", u => u.Kind == SectionUnitKind ? 0 : u.DeputyPosts),
        PoolRules.PerTrackPosts("quantity.principal-section", "正科级后备按正科级职数（正职）1:2确定", Quantity, CollegeTracks.PrincipalSection, 2m,
            "正科级职数", u => u.Kind == SectionUnitKind ? u.PrincipalPosts : 0),

        // "比例占15%左右": warn only when clearly below, i.e. under 12%.
        PoolRules.ShareAtLeast("structure.diversity", "后备干部队伍中应有一定数量的民主党派和无党派人士、女干部、少数民族干部，比例占15%左右（低于12%时提示）", "第二篇(一) 三(二)",
            0.12m, "民主党派和无党派人士、女干部、少数民族干部",
            p => p.Party is PartyAffiliation.DemocraticParty or PartyAffiliation.NonPartisan || p.Gender == Gender.Female || p.IsEthnicMinority == true),
    ];
}
