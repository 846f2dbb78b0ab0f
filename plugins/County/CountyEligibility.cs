using ReserveSdk;

namespace ReserveScheme.County;

/// <summary>
/// 资格+数量+结构: the qualifications of each track. Both clauses open with "一般从…的干部中选拔", so every condition
/// in them is relaxable (破格, recorded with reason and approver) and none is hard (SCHEMES.md conventions).
/// </summary>
public static class CountyEligibility
{
    private const string Source = "第五篇 资格+数量+结构";

    /// <summary>正职: 年龄不超过（周岁）.</summary>
    public static Parameter<int> PrincipalMaxAge { get; } = 45;

    /// <summary>副职: 年龄在…周岁以下.</summary>
    public static Parameter<int> DeputyMaxAge { get; } = 40;

    /// <summary>正职: 任现职级年限（原文“两年”）.</summary>
    public static Parameter<int> YearsAtRank { get; } = 2;

    /// <summary>副职: 参加工作年限（原文“三年”）.</summary>
    public static Parameter<int> YearsOfWork { get; } = 3;

    /// <summary>The county's eligibility rules.</summary>
    public static IReadOnlyList<EligibilityRule> All { get; } =
    [
        // 正职后备干部，一般从副科级以上、且任现职级两年以上、年龄不超过45周岁的干部中选拔.
        Rules.Relaxable("rank.min", "一般从副科级以上干部中选拔（可破格）", Source, Conditions.RankAtLeast(RankLevel.DeputySection)).ForTracks(CountyTracks.PrincipalSection.Id),
        Rules.Relaxable("rank.years", "一般任现职级两年以上（可破格）", Source, Conditions.YearsAtRankAtLeast(YearsAtRank)).ForTracks(CountyTracks.PrincipalSection.Id),
        Rules.Relaxable("age.max.principal", $"年龄一般不超过{PrincipalMaxAge.Describe()}周岁（可破格）", Source, Conditions.AgeAtMost(PrincipalMaxAge)).ForTracks(CountyTracks.PrincipalSection.Id),

        // 副职后备干部，一般从单位中层或表现优秀、发展潜力大，参加工作三年以上，年龄在40周岁以下的干部中选拔.
        Rules.Relaxable("deputy.source", "一般从单位中层，或表现优秀、发展潜力大的干部中选拔（可破格）", Source,
            Condition.AnyOf(Conditions.IsMidLevel(), Conditions.Attested("表现优秀、发展潜力大"))).ForTracks(CountyTracks.DeputySection.Id),
        Rules.Relaxable("work.years", "一般参加工作三年以上（可破格）", Source, Conditions.YearsOfWorkAtLeast(YearsOfWork)).ForTracks(CountyTracks.DeputySection.Id),
        Rules.Relaxable("age.max.deputy", $"年龄一般在{DeputyMaxAge.Describe()}周岁以下（可破格）", Source, Conditions.AgeAtMost(DeputyMaxAge)).ForTracks(CountyTracks.DeputySection.Id),
    ];
}
