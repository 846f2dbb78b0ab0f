using ReserveSdk;
using ReserveTui.Hosting;
using ReserveTui.Services.Campaigns;
using ReserveTui.Storage;

namespace ReserveTui.Tests.Services.Campaigns;

public sealed class CampaignServiceTests
{
    [Fact]
    public void College_FullCampaign_FromPublicationToAdmission()
    {
        using var f = new CampaignFixture();
        f.Unit("示例学院", "学院", 2, 4);
        f.People(CampaignFixture.Eligible("甲"), CampaignFixture.Eligible("乙"));
        var s = f.Service;
        var c = s.New("college", "示例学院", 2026, new DateOnly(2026, 6, 30));
        Assert.Equal(("draft", "1.1.0"), (c.State, c.SchemeVersion));
        Assert.Contains(c.Targets, t => t.RuleId == "quantity.principal-division" && t.Target == 4);

        // Nomination cannot start before the pre-selection publication.
        var early = Assert.Throws<ReserveException>(() => f.Nominations.Nominate(c.Id, "甲", "副处级后备", "民主推荐"));
        Assert.Equal(ErrorCode.Refused, early.Code);
        // 第一篇 4.二: the plan runs only after the superior organisation department has reviewed it — checked first.
        var publish = c.Actions.Single(a => a.Id == "publish");
        Assert.False(publish.Permitted);
        Assert.Contains("须经上级党委组织部门审核", Assert.Single(publish.Reasons));
        var unapproved = Assert.Throws<ReserveException>(() => s.Act(c.Id, "publish", publication: CampaignFixture.Publication));
        Assert.Equal(ErrorCode.Refused, unapproved.Code);
        Assert.Contains("须经上级党委组织部门审核", unapproved.Message);
        Assert.Equal("draft", s.Show(c.Id).State);
        s.ApprovePlan(c.Id, "上级党委组织部", "组审〔2026〕1号");
        var noText = Assert.Throws<ReserveException>(() => s.Act(c.Id, "publish"));
        Assert.Contains("尚缺：选拔目的", noText.Message);
        c = s.Act(c.Id, "publish", publication: CampaignFixture.Publication);
        Assert.Equal("nominating", c.State);

        var jia = f.Nominations.Nominate(c.Id, "甲", "副处级后备", "民主推荐");
        var yi = f.Nominations.Nominate(c.Id, "乙", "deputy-division", "democratic");
        Assert.Equal(Verdict.PendingAttestation, jia.Eligibility.Verdict);
        f.Nominations.ActNomination(jia.Id, "debrief");
        f.Nominations.ActNomination(yi.Id, "述职");

        // Not yet attested, no ballots: both guards say why.
        var held = f.Nominations.ShowNomination(jia.Id).Actions.Single(a => a.Id == "recommend");
        Assert.False(held.Permitted);
        Assert.Equal(2, held.Reasons.Count);

        f.Nominations.Attest(jia.Id, "politics");
        f.Nominations.Attest(jia.Id, "health", "体检合格");
        f.Ballots.AddBallot(c.Id, "中层干部", ["甲"]);
        f.Ballots.AddBallot(c.Id, "普通党员", ["甲", "乙"]);
        f.Ballots.AddBallot(c.Id, "群众", ["甲"]);
        jia = f.Nominations.ActNomination(jia.Id, "recommend");
        Assert.Equal("recommended", jia.State);
        // 乙 is below the threshold (1 of 3): 宁缺勿滥, the threshold is not lowered.
        var refused = Assert.Throws<ReserveException>(() => f.Nominations.ActNomination(yi.Id, "recommend"));
        Assert.Contains("宁缺勿滥", refused.Message);
        f.Nominations.ActNomination(yi.Id, "not-select");

        s.Act(c.Id, "close-nomination");
        f.Nominations.Inspect(jia.Id, 0.9m, 0.1m, 0m, "德才兼备，建议列为后备");
        f.Nominations.ActNomination(jia.Id, "inspect");
        // A nominee is publicized while the campaign gives notice, not before.
        Assert.Contains("须待批次进入“考察公示”环节", Assert.Throws<ReserveException>(() => f.Nominations.ActNomination(jia.Id, "publicize")).Message);
        s.Act(c.Id, "open-notice");
        f.Nominations.ActNomination(jia.Id, "publicize");

        f.Clock.Advance(TimeSpan.FromDays(6));
        var day6 = Assert.Throws<ReserveException>(() => s.Act(c.Id, "close-notice"));
        Assert.Contains("公示期 7 天", day6.Message);
        // The nominee's own notice holds too: nobody is admitted before the period has run.
        var tooSoon = Assert.Throws<ReserveException>(() => f.Nominations.ActNomination(jia.Id, "clear"));
        Assert.Contains("公示期 7 天，期满后方可确认公示无异议", tooSoon.Message);
        Assert.Equal("notice", f.Nominations.ShowNomination(jia.Id).State);

        f.Clock.Advance(TimeSpan.FromDays(1));
        f.Nominations.ActNomination(jia.Id, "clear");
        s.Act(c.Id, "close-notice");
        f.Nominations.ActNomination(jia.Id, "decide");
        jia = f.Nominations.ActNomination(jia.Id, "admit");
        Assert.Equal("admitted", jia.State);
        c = s.Act(c.Id, "complete");
        Assert.Equal("completed", c.State);

        var reserve = Assert.Single(f.Nominations.Reserves());
        Assert.Equal(("甲", "deputy-division", "在库"), (reserve.PersonName, reserve.TrackId, reserve.Status));
        var history = s.History(c.Id);
        Assert.Contains(history, h => h.Action == "campaign.act" && h.Data!.Contains("\"action\":\"publish\""));
        Assert.Contains(history, h => h.Action == "nomination.attest" && h.Operator == "tester");
        Assert.Null(new AuditLog(f.Database).Verify());
    }

    [Fact]
    public void NomineeFailingAHardRule_CannotMoveOn_AndTheScreenSaysWhy()
    {
        using var f = new CampaignFixture();
        f.Unit("示例学院", "学院");
        f.People(CampaignFixture.Eligible("老丙") with { BirthDate = new DateOnly(1980, 1, 1) });
        var c = f.Service.New("college", "示例学院", 2026, new DateOnly(2026, 6, 30));
        f.Service.ApproveAndPublish(c.Id);
        var n = f.Nominations.Nominate(c.Id, "老丙", "副处级后备", "民主推荐");
        Assert.Equal(Verdict.Ineligible, n.Eligibility.Verdict);
        Assert.Contains(n.Eligibility.Rules, r => r.Explanation == "年龄 46 岁，超过 40 岁上限");
        f.Nominations.ActNomination(n.Id, "debrief");
        var recommend = f.Nominations.ShowNomination(n.Id).Actions.Single(a => a.Id == "recommend");
        Assert.Contains("须符合全部资格条件：刚性条件通过，未达到的可放宽条件已记录放宽，需认定的条件已认定", recommend.Reasons);
        var notRelaxable = Assert.Throws<ReserveException>(() => f.Nominations.Relax(n.Id, "age.max.deputy", "表现突出", "组织部"));
        Assert.Equal((ErrorCode.Refused, "规则 age.max.deputy（刚性）不可放宽"), (notRelaxable.Code, notRelaxable.Message));
    }

    [Fact]
    public void Street_NoticeClosesOnDaySevenNotSix_AndAVerifiedReportDisqualifies()
    {
        using var f = new CampaignFixture();
        f.Unit("示例街道", "街道", 1, 3);
        f.People(CampaignFixture.Eligible("甲"), CampaignFixture.Eligible("乙"));
        var s = f.Service;
        var c = s.New("street", "示例街道", 2026, new DateOnly(2026, 6, 30));
        s.ApproveAndPublish(c.Id);
        var ids = new[] { "甲", "乙" }.Select(name => f.Nominations.Nominate(c.Id, name, "中层后备", "民主推荐").Id).ToList();
        foreach (var id in ids)
        {
            foreach (var rule in new[] { "basic.politics", "basic.dedication", "basic.ability", "basic.integrity", "basic.health" }) f.Nominations.Attest(id, rule);
            f.Nominations.ActNomination(id, "debrief");
        }

        f.Ballots.AddBallot(c.Id, "班子成员", ["甲", "乙"]);
        foreach (var id in ids) f.Nominations.ActNomination(id, "recommend");
        s.Act(c.Id, "close-nomination");
        foreach (var id in ids)
        {
            f.Nominations.Inspect(id, 1m, 0m, 0m, "合格");
            f.Nominations.ActNomination(id, "inspect");
        }

        s.Act(c.Id, "open-notice");
        foreach (var id in ids) f.Nominations.ActNomination(id, "publicize");
        f.Nominations.Report(ids[1], "反映其工作作风问题");
        Assert.Contains("公示期间收到的举报须先核查完毕", f.Nominations.ShowNomination(ids[1]).Actions.Single(a => a.Id == "clear").Reasons);
        f.Nominations.ResolveReport(ids[1], 1, verified: true, "经核实，举报所反映的问题属实");
        Assert.Equal("disqualified", f.Nominations.ActNomination(ids[1], "disqualify").State);
        var unverified = Assert.Throws<ReserveException>(() => f.Nominations.ActNomination(ids[0], "disqualify"));
        Assert.Equal(ErrorCode.Refused, unverified.Code);
        Assert.Contains("只有举报经查实，才能取消人选资格", unverified.Message);

        f.Clock.Advance(TimeSpan.FromDays(6).Add(TimeSpan.FromHours(14))); // day 6, 23:00
        var early = Assert.Throws<ReserveException>(() => s.Act(c.Id, "close-notice"));
        Assert.Equal(ErrorCode.Refused, early.Code);
        Assert.Contains("公示期 7 天，期满后方可结束公示", early.Message);
        f.Clock.Advance(TimeSpan.FromHours(2)); // day 7, 01:00
        Assert.Equal("deciding", s.Act(c.Id, "close-notice").State);
    }

    [Fact]
    public void Tally_PerCategoryAndOverall_MatchesHandCountedNumbers()
    {
        using var f = new CampaignFixture();
        f.Unit("示例学院", "学院");
        f.People(CampaignFixture.Eligible("甲"), CampaignFixture.Eligible("乙"), CampaignFixture.Eligible("丙"));
        var s = f.Service;
        var c = s.New("college", "示例学院", 2026, null, threshold: 0.5m);
        s.ApproveAndPublish(c.Id);
        foreach (var name in new[] { "甲", "乙", "丙" }) f.Nominations.Nominate(c.Id, name, "副处级后备", "民主推荐");
        // 班子成员: 2 ballots (甲乙, 甲); 中层干部: 3 (甲, 乙丙, 乙); 群众: 1 (丙).
        f.Ballots.AddBallot(c.Id, "班子成员", ["甲", "乙"]);
        f.Ballots.AddBallot(c.Id, "班子成员", ["甲"]);
        f.Ballots.AddBallot(c.Id, "中层干部", ["甲"]);
        f.Ballots.AddBallot(c.Id, "中层干部", ["乙", "丙"]);
        f.Ballots.AddBallot(c.Id, "中层干部", ["乙"]);
        f.Ballots.AddBallot(c.Id, "群众", ["丙"]);
        var t = f.Ballots.Tally(c.Id);
        Assert.Equal(["班子成员", "中层干部", "群众"], t.Categories.Keys);
        Assert.Equal((2, 2, 1, 0), (t.Categories["班子成员"].Ballots, t.Categories["班子成员"].Votes["甲"], t.Categories["班子成员"].Votes["乙"], t.Categories["班子成员"].Votes["丙"]));
        Assert.Equal((3, 1, 2, 1), (t.Categories["中层干部"].Ballots, t.Categories["中层干部"].Votes["甲"], t.Categories["中层干部"].Votes["乙"], t.Categories["中层干部"].Votes["丙"]));
        Assert.Equal((6, 3, 3, 2), (t.Overall.Ballots, t.Overall.Votes["甲"], t.Overall.Votes["乙"], t.Overall.Votes["丙"]));
        Assert.Equal(0.5m, t.Overall.Shares["甲"]);
        Assert.Equal(0.3333m, t.Overall.Shares["丙"]);
        Assert.Equal(["丙"], t.Below);
    }

    [Fact]
    public void BallotImport_ThreeKindsOfBadRow_RejectedWhole()
    {
        using var f = new CampaignFixture();
        using var dir = new TempDir();
        f.Unit("示例学院", "学院");
        f.People(CampaignFixture.Eligible("甲"), CampaignFixture.Eligible("乙"));
        var s = f.Service;
        var c = s.New("college", "示例学院", 2026, null, maxChoices: 1);
        s.ApproveAndPublish(c.Id);
        f.Nominations.Nominate(c.Id, "甲", "副处级后备", "民主推荐");
        f.Nominations.Nominate(c.Id, "乙", "副处级后备", "民主推荐");
        var file = dir.File("ballots.csv", "投票人类别,推荐人选\n群众,甲\n外单位,甲\n中层干部,丁\n普通党员,甲、乙\n");
        var ex = Assert.Throws<ReserveException>(() => f.Ballots.ImportBallots(c.Id, file));
        Assert.Equal(ErrorCode.BadInput, ex.Code);
        Assert.Equal(
        [
            "第 2 行 投票人类别: 无法识别“外单位”（可填：班子成员、中层干部、普通党员、群众、离退休干部）",
            "第 3 行 推荐人选: “丁”不是本批次的人选",
            "第 4 行 推荐人选: 选了 2 人，超过本批次每票最多 1 人",
        ], ex.Details);
        Assert.Equal(0, f.Ballots.Tally(c.Id).Overall.Ballots);
        Assert.Equal(1, f.Ballots.ImportBallots(c.Id, dir.File("good.csv", "投票人类别,推荐人选\n离退休老同志,乙\n")));
        Assert.Equal(1, f.Ballots.Tally(c.Id).Categories["离退休干部"].Votes["乙"]);
    }

    [Fact]
    public void Enterprise_RankingFromAnImportedScoreSheet_WithATie()
    {
        using var f = new CampaignFixture();
        using var dir = new TempDir();
        f.Unit("示例公司", "企业", 1, 4);
        f.People(CampaignFixture.Eligible("甲"), CampaignFixture.Eligible("乙"), CampaignFixture.Eligible("丙"));
        var s = f.Service;
        var c = s.New("enterprise", "示例公司", 2026, null);
        s.ApproveAndPublish(c.Id);
        foreach (var name in new[] { "甲", "乙", "丙" }) f.Nominations.Nominate(c.Id, name, "中层助理后备", "个人自荐");
        var bad = dir.File("bad.csv", "姓名,笔试,演讲答辩,公司领导班子,相关中层干部,职工代表\n甲,31,30,13,8,8\n");
        Assert.Contains("第 1 行 甲：“笔试”得分 31 超出 0–30 分", Assert.Throws<ReserveException>(() => f.Scores.ImportScores(c.Id, bad)).Details);
        var sheet = dir.File("scores.csv", "姓名,笔试,演讲答辩,公司领导班子,相关中层干部,职工代表\n甲,26,30,13,8,8\n乙,27,30,12,8,8\n丙,25,31,13,8,8\n");
        Assert.Equal(3, f.Scores.ImportScores(c.Id, sheet));
        var ranking = f.Scores.Ranking(c.Id);
        // All three total 85: 丙 and 甲 lead on 组织考察 (29), 丙 wins on 演讲答辩.
        Assert.Equal(["丙", "甲", "乙"], ranking.Select(r => r.Candidate));
        Assert.All(ranking, r => Assert.Equal(85m, r.Total));
    }

    [Fact]
    public void TwoConnections_ConflictingEdits_OneIsRefused_NoneLost()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "shared.db");
        using var a = new CampaignFixture(ReserveDatabase.Open(path));
        a.Unit("示例学院", "学院");
        a.People(CampaignFixture.Eligible("甲"));
        var c = a.Service.New("college", "示例学院", 2026, null);
        a.Service.ApproveAndPublish(c.Id);
        var n = a.Nominations.Nominate(c.Id, "甲", "副处级后备", "民主推荐");
        using var b = new CampaignFixture(ReserveDatabase.Open(path));

        // Both operators opened the nominee at version n.Version; A saves first.
        a.Nominations.Attest(n.Id, "politics", "甲操作员", expectedVersion: n.Version);
        var conflict = Assert.Throws<ReserveException>(() => b.Nominations.Attest(n.Id, "health", "乙操作员", expectedVersion: n.Version));
        Assert.Equal(ErrorCode.Conflict, conflict.Code);
        var stored = b.Nominations.ShowNomination(n.Id);
        Assert.Equal(RuleOutcome.Pass, stored.Eligibility.Rules.Single(r => r.RuleId == "politics").Outcome);
        Assert.Equal(RuleOutcome.Pending, stored.Eligibility.Rules.Single(r => r.RuleId == "health").Outcome);
        // B refreshes and retries: both edits are kept.
        b.Nominations.Attest(n.Id, "health", "乙操作员", expectedVersion: stored.Version);
        Assert.Equal(Verdict.Eligible, a.Nominations.ShowNomination(n.Id).Eligibility.Verdict);
    }
}
