using ReserveSdk;
using ReserveTui.Tests.Services.Campaigns;
using ReserveTui.Tui.Screens;
using Terminal.Gui.Input;

namespace ReserveTui.Tests.Tui;

/// <summary>
/// The campaign screen's records and tools, driven with injected keys: inspection results, notice reports and
/// their check (street), ballot and score files, registration documents and the ranking (enterprise).
/// </summary>
public sealed class CampaignRecordsScreenTests : IDisposable
{
    private readonly CampaignFixture _f = new();
    private readonly TempDir _dir = new();
    private readonly TuiHarness _tui;

    public CampaignRecordsScreenTests()
    {
        _f.Unit("示例街道", "街道", 1, 3);
        _f.Unit("示例实业有限公司", "企业", 1, 4);
        _f.People(CampaignFixture.Eligible("张三"), CampaignFixture.Eligible("甲"), CampaignFixture.Eligible("乙"));
        _tui = new TuiHarness(_f.Screens());
    }

    private CampaignsScreen Screen => Assert.IsType<CampaignsScreen>(_tui.Window.Current);

    [Fact]
    public void Street_InspectionResults_ReportDuringTheNotice_VerifiedDisqualifies()
    {
        var c = _f.Service.New("street", "示例街道", 2026, new DateOnly(2026, 6, 30));
        _f.Service.ApproveAndPublish(c.Id);
        var n = _f.Nominations.Nominate(c.Id, "张三", "中层后备", "民主推荐");
        foreach (var rule in n.Eligibility.Rules.Where(r => r.Outcome == RuleOutcome.Pending)) _f.Nominations.Attest(n.Id, rule.RuleId);
        _f.Nominations.ActNomination(n.Id, "debrief");
        _f.Ballots.AddBallot(c.Id, "班子成员", ["张三"]);
        _f.Nominations.ActNomination(n.Id, "recommend");
        _f.Service.Act(c.Id, "close-nomination");

        _tui.Press(Key.F4, Key.Tab, Key.Tab, Key.Enter); // campaigns → actions → nominees; Enter opens 张三
        Assert.Contains("[暂不可] 登记公示举报：只能在公示期间登记举报", Screen.ActionLines);
        Assert.Contains("[暂不可] 核查举报：没有待核查的举报", Screen.ActionLines);

        Choose("录入考察结果");
        Assert.True(Screen.Form.IsOpen);
        Screen.Form.Fill("85%", "10", "0.05", "政治坚定，群众公认");
        Screen.Form.Submit();
        Assert.Equal("已录入考察结果：张三", Screen.Message);
        var recorded = _f.Nominations.ShowNomination(n.Id).Record;
        Assert.Equal((0.85m, 0.10m, 0.05m, "政治坚定，群众公认"), (recorded.FitShare, recorded.BasicallyFitShare, recorded.UnfitShare, recorded.InspectionConclusion));
        AssertShown("民主测评：称职 85.0%  基本称职 10.0%  不称职 5.0%");

        // A share that is not a share: said so, nothing written.
        Choose("录入考察结果");
        Screen.Form.Fill("很好");
        Screen.Form.Submit();
        Assert.Contains("比例应为百分数", Screen.Message);
        Assert.Equal(0.85m, _f.Nominations.ShowNomination(n.Id).Record.FitShare);
        Assert.True(Screen.Form.IsOpen); // still open, with everything typed
        Assert.Equal(["很好", "10%", "5%", "政治坚定，群众公认"], Screen.Form.Values);
        _tui.Press(Key.Esc);

        Choose("组织考察（组织谈话");
        // The nominee waits for the campaign's 公告公示 (another operator opens it; Ctrl+R shows it).
        Assert.Contains(Screen.ActionLines, l => l.StartsWith("[暂不可] 列入公告公示：须待批次进入“公告公示”环节", StringComparison.Ordinal));
        _f.Service.Act(c.Id, "open-notice");
        _tui.Press(Key.R.WithCtrl);
        Choose("列入公告公示");
        Assert.Equal("notice", _f.Nominations.ShowNomination(n.Id).State);

        Choose("登记公示举报");
        Screen.Form.Fill("反映其工作作风问题");
        Screen.Form.Submit();
        Assert.Equal("已登记举报：张三", Screen.Message);
        Assert.Contains(Screen.ActionLines, l => l.StartsWith("[暂不可]", StringComparison.Ordinal) && l.Contains("公示期间收到的举报须先核查完毕", StringComparison.Ordinal));

        Choose("核查举报");
        Screen.Form.Fill("1", "属实", "");
        Screen.Form.Submit();
        Assert.Equal("须填写核查情况", Screen.Message);
        Screen.Form.Fill("1", "属实", "经走访核实，情况属实");
        Screen.Form.Submit();
        Assert.Equal("已核查第 1 号举报：属实", Screen.Message);
        AssertShown("举报 1（经查属实）：反映其工作作风问题；核查情况：经走访核实，情况属实");

        Choose("举报经查实，取消人选资格");
        Assert.Equal("“举报经查实，取消人选资格”之后不能撤销：再按一次 Enter 确认", Screen.Message);
        Assert.Equal("notice", _f.Nominations.ShowNomination(n.Id).State);
        _tui.Press(Key.Enter);
        Assert.Equal("disqualified", _f.Nominations.ShowNomination(n.Id).State);
        Assert.Contains(Screen.ActionLines, l => l.Contains("张三 的人选流程已结束（取消资格），不再登记"));

        // The full record names each step in Chinese, the nominee it concerns, who and when (the test's clock).
        // F7: the record in Chinese, dates with the year, no stored JSON; typing the nominee's name or a date narrows it.
        _tui.Press(Key.F7);
        var picker = Assert.IsType<CampaignsScreen>(_tui.Window.Current).Picker;
        Assert.Contains("2026-07-01 09:00 tester 张三·公示举报（编号：1；内容：反映其工作作风问题）", picker.Lines);
        Assert.Contains("2026-07-01 09:00 tester 张三·核查举报（编号：1；查实：属实；核查情况：经走访核实，情况属实）", picker.Lines);
        Assert.DoesNotContain(picker.Lines, l => l.Contains('{') || l.Contains("\"action\"", StringComparison.Ordinal));
        var all = picker.Lines.Count;
        _tui.Type("核查举报");
        Assert.Single(picker.Lines);
        _tui.Press(Key.Enter);
        Assert.False(picker.IsOpen);
        AssertShown("核查举报（编号：1；查实：属实；核查情况：经走访核实，情况属实）");
        _tui.Press(Key.Esc, Key.F7);
        _tui.Type("2026-07-01 张三");
        Assert.InRange(picker.Lines.Count, 3, all - 1);
        _tui.Press(Key.Esc);
    }

    [Fact]
    public void Street_BallotFile_AllOrNothing_AndSharesBelowTheThresholdMarked()
    {
        var c = _f.Service.New("street", "示例街道", 2026, new DateOnly(2026, 6, 30));
        _f.Service.ApproveAndPublish(c.Id);
        _f.Nominations.Nominate(c.Id, "甲", "中层后备", "民主推荐");
        _f.Nominations.Nominate(c.Id, "乙", "中层后备", "民主推荐");
        _tui.Press(Key.F4, Key.Tab);

        // A ballot file with an unknown category and a stranger: rejected whole, each row's reason shown.
        Import("[导入] 推荐票文件", "bad.csv", "投票人类别,推荐人选\n班子成员,甲;乙\n外宾,甲\n群众,丁\n");
        Assert.Equal("选票有 2 处错误，未写入任何选票", Screen.Message);
        AssertShown("第 2 行 投票人类别: 无法识别“外宾”"); // data rows: 1 is the first row under the header
        AssertShown("第 3 行 推荐人选: “丁”不是本批次的人选");
        Assert.Equal(0, _f.Ballots.Tally(c.Id).Overall.Ballots);
        _tui.Press(Key.Esc);
        Import("[导入] 推荐票文件", "good.csv", "投票人类别,推荐人选\n班子成员,甲;乙\n群众,甲\n群众,甲\n");
        Assert.Equal("已导入 3 张推荐票", Screen.Message);
        AssertShown("甲  中层后备  已提名  待认定  得票 100%");
        AssertShown("乙  中层后备  已提名  待认定  得票 33%（未达门槛）"); // below the 50% threshold, marked
    }

    [Fact]
    public void Enterprise_ScoreFiles_AllOrNothing_Documents_AndTheRanking()
    {
        var c = EnterpriseWithTwoNominees();
        _tui.Press(Key.F4, Key.Tab);
        Assert.Contains(Screen.ActionLines, l => l.StartsWith("[导入] 成绩文件", StringComparison.Ordinal));

        Assert.DoesNotContain(Screen.ActionLines, l => l.Contains("推荐票", StringComparison.Ordinal) || l.Contains("计票", StringComparison.Ordinal)); // an open selection counts no votes

        // Registration documents of the first nominee listed, by number from the checklist.
        var first = _f.Service.Campaign(c.Id).Nominations[0].Name;
        _tui.Press(Key.Tab, Key.Enter);
        Choose("登记报名材料");
        Screen.Form.Fill("1 5");
        Screen.Form.Submit();
        Assert.Contains("材料编号应为 1 到 4", Screen.Message);
        Assert.Empty(_f.Service.Campaign(c.Id).Nominations[0].Record.Documents);
        Assert.True(Screen.Form.IsOpen); // corrected in place
        Screen.Form.Fill("1 2、3 4");
        Screen.Form.Submit();
        Assert.Equal("已登记报名材料：4 项", Screen.Message);
        Assert.Contains("[暂不可] 登记报名材料：报名材料已齐全", Screen.ActionLines);

        // One nominee's sheet by hand: a part over its maximum writes nothing; then the right one.
        Choose("录入成绩");
        Screen.Form.Fill("25", "30", "12", "8", "11");
        Screen.Form.Submit();
        Assert.Contains($"成绩有 1 处错误，未写入：{first}：“职工代表”得分 11 超出 0–10 分", Screen.Message);
        Assert.Empty(_f.Service.Campaign(c.Id).Nominations[0].Record.Scores);
        Assert.Equal(["25", "30", "12", "8", "11"], Screen.Form.Values);
        Screen.Form.Fill("25", "30", "12", "8", "8");
        Screen.Form.Submit();
        Assert.Equal($"已录入成绩：{first}", Screen.Message);
        AssertShown("成绩：笔试 25  演讲答辩 30  公司领导班子 12  相关中层干部 8  职工代表 8");
        _tui.Press(Key.Esc);

        // Scores: one over the maximum rejects the whole sheet; a good sheet ranks 甲 before 乙.
        _tui.Press(Key.Tab);
        Import("[导入] 成绩文件", "bad-scores.csv", "姓名,笔试,演讲答辩,公司领导班子,相关中层干部,职工代表\n甲,99,30,12,8,8\n乙,20,30,12,8,8\n");
        Assert.StartsWith("成绩文件有 1 处错误，未写入任何成绩", Screen.Message, StringComparison.Ordinal);
        Assert.Equal((first, 83m), _f.Scores.Ranking(c.Id).Select(r => (r.Candidate, r.Total)).Single()); // only the sheet entered by hand
        _tui.Press(Key.Esc);
        Import("[导入] 成绩文件", "scores.csv", "姓名,笔试,演讲答辩,公司领导班子,相关中层干部,职工代表\n甲,25,30,12,8,8\n乙,20,30,12,8,8\n");
        Assert.Equal("已导入 2 人的成绩", Screen.Message);
        Choose("[查看] 成绩排名");
        AssertShown("第 1 名  甲  总分 83"); // 25 + 30 + (12 + 8 + 8)
        AssertShown("组织考察 28"); // the three rater groups summed under their component
        AssertShown("第 2 名  乙  总分 78"); // 20 + 30 + 28
    }

    [Fact]
    public void EscFromANominee_ReturnsToThatNominee_NotTheFirst()
    {
        var c = EnterpriseWithTwoNominees();
        var second = _f.Service.Show(c.Id).Nominations[1].Name;
        _tui.Press(Key.F4, Key.Tab, Key.Tab, Key.CursorDown, Key.Enter);
        Assert.Contains($"操作 — {second}", _tui.Screen);
        _tui.Press(Key.Esc, Key.Enter);
        Assert.Contains($"操作 — {second}", _tui.Screen);
    }

    [Fact]
    public void ANomineesLongRules_AreWrapped_NotCut()
    {
        var c = _f.Service.New("street", "示例街道", 2026, new DateOnly(2026, 6, 30));
        _f.Service.ApproveAndPublish(c.Id);
        var n = _f.Nominations.Nominate(c.Id, "张三", "中层后备", "民主推荐");
        _tui.Press(Key.F4, Key.Tab, Key.Tab, Key.Enter);
        var screen = Squeeze(_tui.Screen);
        var longest = n.Eligibility.Rules.Select(r => $"{r.Explanation.Replace("待认定：", "")}〔{r.Citation}〕").Take(3).MaxBy(s => s.Length)!;
        Assert.True(longest.Length > 40, longest);
        Assert.Contains(Squeeze(longest), screen);
    }

    /// <summary>An enterprise campaign, published, with 甲 and 乙 registered.</summary>
    private ReserveTui.Services.Campaigns.CampaignView EnterpriseWithTwoNominees()
    {
        var c = _f.Service.New("enterprise", "示例实业有限公司", 2026, new DateOnly(2026, 6, 30));
        _f.Service.ApproveAndPublish(c.Id);
        _f.Nominations.Nominate(c.Id, "甲", "中层助理后备", "单位推荐");
        _f.Nominations.Nominate(c.Id, "乙", "中层助理后备", "个人自荐");
        return c;
    }

    /// <summary>Takes an import tool of the action list and submits a file with <paramref name="content"/>.</summary>
    private void Import(string tool, string file, string content)
    {
        Choose(tool);
        Screen.Form.Fill(_dir.File(file, content));
        Screen.Form.Submit();
    }

    /// <summary>Moves the cursor of the action list to the first line containing <paramref name="text"/> and presses Enter.</summary>
    private void Choose(string text)
    {
        var index = Screen.ActionLines.ToList().FindIndex(l => l.Contains(text, StringComparison.Ordinal));
        Assert.True(index >= 0, $"no action “{text}” in:\n{string.Join("\n", Screen.ActionLines)}");
        Screen.SelectAction(index);
        _tui.Press(Key.Enter);
    }

    /// <summary>The text is on screen, possibly wrapped over several lines of a pane.</summary>
    private void AssertShown(string text)
    {
        var screen = _tui.Screen;
        Assert.True(Squeeze(screen).Contains(Squeeze(text), StringComparison.Ordinal), $"not on screen: {text}\n{screen}");
    }

    private static string Squeeze(string s) => new(s.Where(ch => !char.IsWhiteSpace(ch) && ch != '│' && ch != '║').ToArray());

    public void Dispose()
    {
        _tui.Dispose();
        _dir.Dispose();
        _f.Dispose();
    }
}
