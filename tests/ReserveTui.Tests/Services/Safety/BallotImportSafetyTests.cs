using ReserveTui.Hosting;
using ReserveTui.Tests.Services.Campaigns;

namespace ReserveTui.Tests.Services.Safety;

/// <summary>Issue 12 item 3: a ballot file counts once; a wrong ballot or import is voided with a reason, never deleted.</summary>
public sealed class BallotImportSafetyTests : IDisposable
{
    private readonly CampaignFixture _f = new();
    private readonly TempDir _dir = new();
    private readonly string _campaign;

    public BallotImportSafetyTests()
    {
        _f.Unit("示例学院", "学院");
        _f.People(CampaignFixture.Eligible("甲"), CampaignFixture.Eligible("乙"));
        var c = _f.Service.New("college", "示例学院", 2026, null, maxChoices: 1);
        _f.Service.ApproveAndPublish(c.Id);
        _f.Nominations.Nominate(c.Id, "甲", "副处级后备", "民主推荐");
        _f.Nominations.Nominate(c.Id, "乙", "副处级后备", "民主推荐");
        _campaign = c.Id;
    }

    public void Dispose()
    {
        _f.Dispose();
        _dir.Dispose();
    }

    private const string Votes = "投票人类别,推荐人选\n群众,甲\n群众,甲\n中层干部,乙\n";

    [Fact]
    public void TheSameFileTwice_IsRefused_SayingWhenAndByWhom_AndVotesAreNotDoubled()
    {
        Assert.Equal(3, _f.Ballots.ImportBallots(_campaign, _dir.File("votes.csv", Votes)));
        // The same content under another name is the same file.
        var again = Assert.Throws<ReserveException>(() => _f.Ballots.ImportBallots(_campaign, _dir.File("votes (1).csv", Votes)));
        Assert.Equal(ErrorCode.Refused, again.Code);
        Assert.Contains("已于 2026-07-01 09:00 由 tester 导入", again.Message);
        Assert.Contains("第 1 次导入，3 张，文件名 votes.csv", again.Message);
        Assert.Equal(2, _f.Ballots.Tally(_campaign).Overall.Votes["甲"]);
        // Saved again with Windows line endings: other bytes, the same ballots.
        Assert.Equal(ErrorCode.Refused, Assert.Throws<ReserveException>(() => _f.Ballots.ImportBallots(_campaign, _dir.File("votes-crlf.csv", Votes.Replace("\n", "\r\n")))).Code);
    }

    [Fact]
    public void VoidingAnImport_StopsItCounting_KeepsIt_AndLetsTheCorrectedFileIn()
    {
        _f.Ballots.ImportBallots(_campaign, _dir.File("votes.csv", Votes));
        _f.Ballots.AddBallot(_campaign, "群众", ["乙"]);
        Assert.Equal(3, _f.Ballots.Void(_campaign, null, 1, "计票员录入了另一个单位的票"));

        var t = _f.Ballots.Tally(_campaign);
        Assert.Equal((1, 0, 1, 3), (t.Overall.Ballots, t.Overall.Votes["甲"], t.Overall.Votes["乙"], t.Voided));
        var list = _f.Ballots.List(_campaign);
        Assert.Equal([1, 2, 3, 4], list.Ballots.Select(b => b.Number));
        Assert.Equal("计票员录入了另一个单位的票", list.Imports.Single().VoidReason);
        Assert.All(list.Ballots.Where(b => b.Batch == 1), b => Assert.Equal("计票员录入了另一个单位的票", b.VoidReason));

        // The voided file may now come in again (corrected or not: the operator decided).
        Assert.Equal(3, _f.Ballots.ImportBallots(_campaign, _dir.File("votes.csv", Votes)));
        Assert.Equal(2, _f.Ballots.List(_campaign).Imports.Last().Batch);
        Assert.Contains(_f.Store.Record.For("campaign/" + _campaign), e => e.Action == "ballots.void" && e.Data!.Contains("计票员录入了另一个单位的票"));
    }

    [Fact]
    public void VoidingOneBallot_NeedsAReason_AndHappensOnce()
    {
        _f.Ballots.AddBallot(_campaign, "群众", ["甲"]);
        Assert.Equal(ErrorCode.Usage, Assert.Throws<ReserveException>(() => _f.Ballots.Void(_campaign, 1, null, "  ")).Code);
        Assert.Equal(ErrorCode.NotFound, Assert.Throws<ReserveException>(() => _f.Ballots.Void(_campaign, 9, null, "错票")).Code);
        Assert.Equal(1, _f.Ballots.Void(_campaign, 1, null, "一票两投"));
        Assert.Equal(ErrorCode.Refused, Assert.Throws<ReserveException>(() => _f.Ballots.Void(_campaign, 1, null, "一票两投")).Code);
        Assert.Equal(0, _f.Ballots.Tally(_campaign).Overall.Ballots);
    }

    [Fact]
    public void ABallotFileWithAnUnclosedQuote_IsRefused_NamingTheRow()
    {
        var ex = Assert.Throws<ReserveException>(() => _f.Ballots.ImportBallots(_campaign, _dir.File("q.csv", "投票人类别,推荐人选\n群众,甲\n群众,\"乙\n中层干部,甲\n")));
        Assert.Equal(ErrorCode.BadInput, ex.Code);
        Assert.Contains("第 2 行（文件第 3 行）的引号没有闭合", ex.Message);
        Assert.Equal(0, _f.Ballots.Tally(_campaign).Overall.Ballots);
    }
}
