using ReserveSdk;

namespace ReserveSdk.Tests.Scoring;

public sealed class ScoringModelTests
{
    private static readonly ScoringModel Model = new(
    [
        new ScoreComponent("written", "笔试", 30, "c"),
        new ScoreComponent("speech", "演讲答辩", 35, "c"),
        new ScoreComponent("inspection", "组织考察", 35, "c")
        {
            Parts = [new("inspection.leaders", "领导班子", 15, "c"), new("inspection.middle", "中层干部", 10, "c"), new("inspection.staff", "职工代表", 10, "c")],
        },
    ], ["inspection", "speech"], "总成绩相同时依次比较组织考察、演讲答辩成绩");

    private static ScoreSheet Sheet(string who, decimal w, decimal s, decimal l, decimal m, decimal st) => new(who, new Dictionary<string, decimal>
    {
        ["written"] = w, ["speech"] = s, ["inspection.leaders"] = l, ["inspection.middle"] = m, ["inspection.staff"] = st,
    });

    [Fact]
    public void Rank_OrdersByTotalThenTieBreaks_AndSharesRankOnAFullTie()
    {
        var ranking = Model.Rank(
        [
            Sheet("甲", 25, 30, 12, 8, 8), // 83, inspection 28
            Sheet("乙", 27, 28, 13, 8, 7), // 83, inspection 28, speech 28
            Sheet("丙", 28, 30, 12, 7, 8), // 85
            Sheet("丁", 25, 30, 12, 8, 8), // 83 exactly like 甲
        ]);
        Assert.Equal(["丙", "丁", "甲", "乙"], ranking.Select(r => r.Candidate)); // a full tie is listed in name order
        Assert.Equal(1, ranking[0].Rank);
        Assert.Equal(85m, ranking[0].Total);
        var jia = ranking.Single(r => r.Candidate == "甲");
        var ding = ranking.Single(r => r.Candidate == "丁");
        var yi = ranking.Single(r => r.Candidate == "乙");
        Assert.Equal(2, jia.Rank);
        Assert.Equal(2, ding.Rank);
        Assert.Equal(4, yi.Rank); // same total and inspection, lower speech
        Assert.Equal(28m, jia.Components["inspection"]);
    }

    [Fact]
    public void Validate_ReportsMissingAndOutOfRangePointsInChinese()
    {
        var problems = Model.Validate(new ScoreSheet("甲", new Dictionary<string, decimal> { ["written"] = 31, ["speech"] = 30, ["extra"] = 1 }));
        Assert.Contains("甲：“笔试”得分 31 超出 0–30 分", problems);
        Assert.Contains("甲：缺少“领导班子”得分", problems);
        Assert.Contains("甲：未知的计分项 extra", problems);
        Assert.Equal(100m, Model.MaxTotal);
    }
}
