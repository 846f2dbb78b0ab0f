using ReserveSdk;

namespace ReserveScheme.County;

/// <summary>资格+数量+结构: the qualifications of each track.</summary>
public static class CountyEligibility
{
    private const string Source = "第五篇 资格+数量+结构";

    /// <summary>The county's eligibility rules.</summary>
    public static IReadOnlyList<EligibilityRule> Rules { get; } =
    [
        // 正职后备干部，一般从副科级以上、且任现职级两年以上、年龄不超过45周岁的干部中选拔.
        ReserveSdk.Rules.Hard("rank.min", "副科级以上干部", Source, Conditions.RankAtLeast(RankLevel.DeputySection)).ForTracks(CountyTracks.PrincipalSection.Id),
        ReserveSdk.Rules.Hard("rank.years", "任现职级两年以上", Source, Conditions.YearsAtRankAtLeast(2)).ForTracks(CountyTracks.PrincipalSection.Id),
        ReserveSdk.Rules.Hard("age.max.principal", "年龄不超过45周岁", Source, Conditions.AgeAtMost(45)).ForTracks(CountyTracks.PrincipalSection.Id),

        // 副职后备干部，一般从单位中层或表现优秀、发展潜力大，参加工作三年以上，年龄在40周岁以下的干部中选拔.
        ReserveSdk.Rules.Hard("deputy.source", "单位中层，或表现优秀、发展潜力大的干部", Source,
            Condition.AnyOf(Conditions.IsMidLevel(), Conditions.Attested("表现优秀、发展潜力大"))).ForTracks(CountyTracks.DeputySection.Id),
        ReserveSdk.Rules.Hard("work.years", "参加工作三年以上", Source, Conditions.YearsOfWorkAtLeast(3)).ForTracks(CountyTracks.DeputySection.Id),
        ReserveSdk.Rules.Hard("age.max.deputy", "年龄在40周岁以下", Source, Conditions.AgeAtMost(40)).ForTracks(CountyTracks.DeputySection.Id),
    ];
}
