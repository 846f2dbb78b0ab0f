using ReserveScheme.Enterprise;
using ReserveSdk;

namespace ReserveScheme.Tests.Enterprise;

public sealed class EnterpriseRankingTests
{
    private static ScoreSheet Sheet(string who, decimal written, decimal speech, decimal leaders, decimal middle, decimal staff) => new(who, new Dictionary<string, decimal>
    {
        ["written"] = written, ["speech"] = speech, ["inspection.leaders"] = leaders, ["inspection.middle"] = middle, ["inspection.staff"] = staff,
    });

    [Fact]
    public void Ranking_ByTotal_TiesBrokenByInspectionThenSpeech()
    {
        var ranking = EnterpriseScoring.Model.Rank(
        [
            Sheet("甲", 26, 30, 13, 8, 8), // 85, inspection 29
            Sheet("乙", 27, 30, 12, 8, 8), // 85, inspection 28
            Sheet("丙", 25, 31, 13, 8, 8), // 85, inspection 29, speech 31
            Sheet("丁", 20, 25, 10, 7, 7), // 69
        ]);
        Assert.Equal(["丙", "甲", "乙", "丁"], ranking.Select(r => r.Candidate));
        Assert.Equal([1, 2, 3, 4], ranking.Select(r => r.Rank));
        Assert.Equal(100m, EnterpriseScoring.Model.MaxTotal);
    }
}
