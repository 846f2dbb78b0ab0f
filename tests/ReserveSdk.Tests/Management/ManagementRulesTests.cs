using ReserveSdk;

namespace ReserveSdk.Tests.Management;

public sealed class ManagementRulesTests
{
    private static readonly ManagementRules County = new()
    {
        ManagementPeriodYears = 3, MinimumTrainingYears = 1, LapsesAtPeriodEnd = true, TheoryExamBeforePromotion = true, UnfitVoteShareLimit = 0.20m,
    };

    private static readonly DateOnly Admitted = new(2026, 1, 15);

    [Fact]
    public void PromotionBlockers_BeforeOneYear_AndWithoutTheExam()
    {
        var early = County.PromotionBlockers(Admitted, new DateOnly(2027, 1, 14), theoryExamPassed: true);
        Assert.Equal(["培养期不满 1 年（2027-01-15 前不得提拔使用）"], early);
        Assert.Empty(County.PromotionBlockers(Admitted, new DateOnly(2027, 1, 15), theoryExamPassed: true));
        Assert.Equal(["提拔前须通过政治理论任职资格考试"], County.PromotionBlockers(Admitted, new DateOnly(2027, 6, 1), theoryExamPassed: false));
    }

    [Fact]
    public void HasLapsed_OnTheThirdAnniversary()
    {
        Assert.False(County.HasLapsed(Admitted, new DateOnly(2029, 1, 14)));
        Assert.True(County.HasLapsed(Admitted, new DateOnly(2029, 1, 15)));
    }

    [Theory]
    [InlineData("0.20", false)]
    [InlineData("0.201", true)]
    public void UnfitVotes_AboveTwentyPercentRequireRemoval(string share, bool removed) =>
        Assert.Equal(removed, County.UnfitVotesRequireRemoval(decimal.Parse(share, System.Globalization.CultureInfo.InvariantCulture)));
}
