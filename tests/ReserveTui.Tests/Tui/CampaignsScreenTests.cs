using ReserveTui.Tests.Services.Campaigns;
using ReserveTui.Tui;
using ReserveTui.Tui.Screens;
using Terminal.Gui.Input;

namespace ReserveTui.Tests.Tui;

/// <summary>The campaign screen driven with injected keys on a real (in-memory) database.</summary>
public sealed class CampaignsScreenTests : IDisposable
{
    private readonly CampaignFixture _f = new();
    private readonly TuiHarness _tui;
    private readonly string _campaignId;

    public CampaignsScreenTests()
    {
        _f.Unit("示例街道", "街道", 1, 3);
        _f.People(CampaignFixture.Eligible("张三"));
        var c = _f.Service.New("street", "示例街道", 2026, new DateOnly(2026, 6, 30));
        _campaignId = c.Id;
        _tui = new TuiHarness(_f.Screens());
    }

    private MainWindow Window => _tui.Window;

    private string Screen => _tui.Screen;

    private void Press(params Key[] keys) => _tui.Press(keys);

    [Fact]
    public void WalksACampaign_ShowsHeldBackReasons_AndChangesNothingWhenRefused()
    {
        _f.Service.ApprovePlan(_campaignId, "区委组织部", "组审〔2026〕2号"); // 第一篇 4.二, so publication is open
        Press(Key.F4);
        var screen = Assert.IsType<CampaignsScreen>(Window.Current);
        Assert.Contains("街道后备干部选拔方案 v1.1.0", Screen);
        Assert.Contains("[可执行] 公布选拔方案", Screen);

        // publish asks for the pre-selection publication; Esc cancels, an empty form is refused: nothing changes.
        Press(Key.Tab, Key.Enter);
        Assert.True(screen.Form.IsOpen);
        Press(Key.Esc);
        Assert.False(screen.Form.IsOpen);
        Press(Key.Enter);
        screen.Form.Fill("", "见方案");
        screen.Form.Submit();
        Assert.Contains("尚缺：选拔目的", screen.Message);
        Assert.Equal("draft", _f.Service.Show(_campaignId).State);
        // The form stays open with what was typed and says why: no lost edit.
        Assert.True(screen.Form.IsOpen);
        Assert.Contains("尚缺：选拔目的", screen.Form.Error);
        Assert.Equal("见方案", screen.Form.Values[1]);
        Assert.Contains("⚠", Screen);
        Press(Key.Esc);
        Assert.False(screen.Form.IsOpen);

        _f.Service.Act(_campaignId, "publish", publication: CampaignFixture.Publication);
        _f.Nominations.Nominate(_campaignId, "张三", "中层后备", "民主推荐");
        Press(Key.R.WithCtrl);
        Assert.Contains("当前：民主推荐", Screen);
        Assert.Contains("张三  中层后备  已提名  待认定", Screen);

        // Into the nominee: rule by rule, then its actions.
        Press(Key.Tab, Key.Enter);
        Assert.Contains("张三：待认定", Screen);
        Assert.Contains("[待认定] basic.politics：政治素质好", Screen);
        Press(Key.Enter); // 述职 is the first action and is permitted: it asks for a note
        Assert.True(screen.Form.IsOpen);
        screen.Form.Fill("任职以来的工作");
        screen.Form.Submit();
        Assert.Equal("debriefed", _f.Service.Campaign(_campaignId).Nominations.Single().State);
        Assert.Contains("已执行：述职", screen.Message);
        Press(Key.Enter); // 推荐: held back, reasons shown
        Assert.Contains("须符合全部资格条件", screen.Message);
        Assert.Equal("debriefed", _f.Service.Campaign(_campaignId).Nominations.Single().State);

        Press(Key.Esc);
        Assert.IsType<CampaignsScreen>(Window.Current);
        Assert.Contains("╡人选╞", Screen); // back on the nominees, the pane with the keyboard
    }

    [Fact]
    public void InANominee_F8AttestsTheSelectedRule_F9AsksForReasonAndApprover_F6ShowsTheTally()
    {
        _f.Service.ApproveAndPublish(_campaignId);
        _f.Nominations.Nominate(_campaignId, "张三", "中层后备", "民主推荐");
        _f.Ballots.AddBallot(_campaignId, "班子成员", ["张三"]);
        Press(Key.F4);
        var screen = Assert.IsType<CampaignsScreen>(Window.Current);
        Press(Key.F6);
        Assert.Contains("班子成员（1 票）：张三 1（100.0%）", Screen);
        Press(Key.Esc, Key.Enter, Key.Tab); // Esc returns to the nominees; Enter opens one; Tab reaches its rules
        // On a condition waiting for attestation F8 is offered, F9 is not.
        _ = Screen; // the status bar is refreshed as the running program does each iteration
        Assert.Contains("F8 认定", Window.StatusKeys);
        Assert.DoesNotContain(Window.StatusKeys, k => k.StartsWith("F9", StringComparison.Ordinal));
        Press(Key.F8); // the first rule, basic.politics, waits for attestation: the basis is asked for
        Assert.True(screen.Form.IsOpen);
        Assert.True(screen.IsTyping);
        Press(Key.Q); // typing, not quitting
        Assert.False(Window.StopRequested);
        screen.Form.Fill("");
        screen.Form.Submit();
        Assert.Equal("认定须写明依据", screen.Message); // refused, nothing written
        screen.Form.Fill("经考察谈话认定");
        screen.Form.Submit();
        Assert.Contains("已认定：basic.politics", screen.Message);
        var politics = Assert.Single(_f.Service.Campaign(_campaignId).Nominations.Single().Record.Attestations);
        Assert.Equal(("basic.politics", "经考察谈话认定"), (politics.RuleId, politics.Reason));

        // F9 on a condition that cannot be relaxed is not offered, and says why when pressed anyway; no form opens.
        Press(Key.F9);
        Assert.False(screen.Form.IsOpen);
        Assert.Equal("basic.dedication 当前为“待认定”，无需放宽（F9 只用于未满足的可放宽条件）", screen.Message);
        Assert.IsType<CampaignsScreen>(Window.Current);
    }

    [Fact]
    public void FromTheKeyboard_NewCampaign_Publication_Nomination_AndABallot()
    {
        Press(Key.F4);
        var screen = Assert.IsType<CampaignsScreen>(Window.Current);
        // Ctrl+N: the scheme and the unit are chosen from lists narrowed by typing, never spelled out.
        Press(Key.N.WithCtrl);
        Assert.True(screen.Picker.IsOpen);
        Assert.Contains("新建选拔批次：选择方案", Screen);
        _tui.Type("学院");
        Assert.Single(screen.Picker.Lines);
        Press(Key.Enter);
        Assert.Contains("选择单位", Screen);
        Assert.Contains("示例街道（街道）", screen.Picker.Lines);
        Press(Key.Enter);
        Assert.False(screen.Picker.IsOpen);
        Assert.True(screen.Form.IsOpen);
        // The year is this year, selected: typing replaces it. A year of three digits is refused in a sentence.
        Assert.Equal("2026", screen.Form.Values[0]);
        _tui.Type("202");
        Press(Key.Enter, Key.Enter);
        Assert.True(screen.Form.IsOpen);
        Assert.Contains("年度应为四位数字", screen.Form.Error);
        Assert.Contains("“202”", screen.Form.Error);
        Press(Key.CursorUp);
        _tui.Type("2027");
        Press(Key.Enter);
        _tui.Type("2027-06-30");
        Press(Key.Enter);
        Assert.Equal("已新建选拔批次", screen.Message);
        var created = _f.Service.List().Single(c => c.Year == 2027);
        Assert.Contains("学院后备干部选拔方案 v1.1.0", Screen);

        // 第一篇 4.二: publication waits for the plan's approval; Enter on it says so and opens nothing.
        Press(Key.Enter);
        Assert.False(screen.Form.IsOpen);
        Assert.Contains("须经上级党委组织部门审核", screen.Message);
        Assert.Contains("[录入] 登记方案审核（上级组织部门，第一篇 4.二）", screen.ActionLines[2]);
        Press(Key.CursorDown, Key.CursorDown, Key.Enter);
        Assert.True(screen.Form.IsOpen);
        Assert.Contains("方案审核（第一篇 4.二）", Screen);
        screen.Form.Fill("区委组织部", "2026-02-30", "组审〔2027〕5号");
        screen.Form.Submit();
        Assert.True(screen.Form.IsOpen); // no such date: the form keeps what was typed and says why
        Assert.Equal(["区委组织部", "2026-02-30", "组审〔2027〕5号"], screen.Form.Values);
        Assert.Contains("2026-02-30", screen.Form.Error);
        Assert.Null(_f.Service.Show(created.Id).PlanApproval);
        screen.Form.Fill("区委组织部", "", "组审〔2027〕5号");
        screen.Form.Submit();
        Assert.False(screen.Form.IsOpen);
        Assert.Equal("已登记方案审核，可以公布选拔方案", screen.Message);
        Assert.Equal(("区委组织部", "组审〔2027〕5号"), (_f.Service.Show(created.Id).PlanApproval!.Approver, _f.Service.Show(created.Id).PlanApproval!.Document));

        screen.SelectAction(0); // 公布选拔方案, now permitted, asks for the six items
        Press(Key.Enter);
        Assert.True(screen.Form.IsOpen);
        Assert.Contains("选拔前公开（第一篇 3.一）", Screen);
        screen.Form.Fill("充实", "见方案", "全体", "附件", "民主推荐", "会议室");
        screen.Form.Submit();
        Assert.Equal("nominating", _f.Service.Show(created.Id).State);

        // F8: who may be nominated, each with a verdict per track; the person, the track and the channel are chosen.
        Press(Key.F8);
        Assert.True(screen.Picker.IsOpen);
        Assert.Contains("可提名人员 — 示例街道", Screen);
        Assert.Contains("张三", screen.Picker.Selected);
        Press(Key.Enter);
        Assert.Contains("选择后备类别", Screen);
        _tui.Type("副处");
        Press(Key.Enter);
        Assert.Contains("选择推荐渠道", Screen);
        _tui.Type("民主推荐");
        Press(Key.Enter);
        Assert.False(screen.Picker.IsOpen);
        Assert.StartsWith("已提名 张三（单位未填）为副处级后备人选", screen.Message);
        Assert.DoesNotMatch("[0-9a-f]{24}", Screen);

        Press(Key.F9);
        Assert.Contains("选择投票人类别", Screen);
        _tui.Type("群众");
        Press(Key.Enter);
        Assert.Contains("可推荐：张三", Screen);
        _tui.Type("张三");
        Press(Key.Enter);
        Assert.Equal(1, _f.Ballots.Tally(created.Id).Overall.Votes["张三"]);

        // A voter category that is not the scheme's cannot be chosen: narrowing to it leaves nothing to choose.
        Press(Key.F9);
        _tui.Type("外宾");
        Assert.Empty(screen.Picker.Lines);
        Press(Key.Enter);
        Assert.Contains("没有与筛选相符的项", screen.Picker.Error);
        Assert.Equal(1, _f.Ballots.Tally(created.Id).Overall.Ballots);
        Press(Key.Esc);
        Assert.False(screen.Picker.IsOpen);
    }

    [Fact]
    public void InANominee_F8AgainAndAgain_AttestsRuleAfterRule_WithoutLeavingTheNominee()
    {
        _f.Service.ApproveAndPublish(_campaignId);
        _f.Nominations.Nominate(_campaignId, "张三", "中层后备", "民主推荐");
        Press(Key.F4, Key.Tab, Key.Tab, Key.Enter, Key.Tab);
        var screen = Assert.IsType<CampaignsScreen>(Window.Current);
        var pending = _f.Service.Campaign(_campaignId).Nominations.Single().Eligibility.Rules.Count(r => r.Outcome == ReserveSdk.RuleOutcome.Pending);
        // The first basis is typed; each next attestation offers it again, selected: F8, Enter.
        Press(Key.F8);
        _tui.Type("经考察谈话认定");
        Press(Key.Enter);
        for (var i = 1; i < pending; i++) Press(Key.F8, Key.Enter);
        Assert.Contains("张三：符合条件", Screen);
        Assert.All(_f.Service.Campaign(_campaignId).Nominations.Single().Record.Attestations, a => Assert.Equal("经考察谈话认定", a.Reason)); // still in the nominee, every pending condition attested
        Assert.Equal(ReserveSdk.Verdict.Eligible, _f.Service.Campaign(_campaignId).Nominations.Single().Eligibility.Verdict);
        Assert.False(screen.Form.IsOpen);
    }

    [Fact]
    public void ArrowsAtAListsEdge_StayInTheList_SoEnterActsOnWhatIsChosen()
    {
        _f.Service.ApproveAndPublish(_campaignId);
        _f.Nominations.Nominate(_campaignId, "张三", "中层后备", "民主推荐");
        Press(Key.F4, Key.Tab, Key.Tab); // the nominee list, one row
        Press(Key.CursorDown, Key.CursorDown, Key.CursorDown, Key.CursorUp, Key.CursorUp, Key.Enter);
        Assert.Contains("操作 — 张三", Screen); // still on the nominee: Enter opened it
        Assert.Equal("nominating", _f.Service.Show(_campaignId).State);
    }

    [Fact]
    public void AStaleScreen_IsRefused_AndTheOtherOperatorsChangeStands()
    {
        Press(Key.F4);
        var screen = Assert.IsType<CampaignsScreen>(Window.Current);
        Assert.Contains("当前：筹备  版本 0", Screen);

        // Another operator publishes while this screen still shows version 0.
        _f.Service.ApproveAndPublish(_campaignId);
        Press(Key.Tab, Key.CursorDown, Key.Enter); // 取消本批次 ends the campaign: the first Enter only asks
        Assert.Equal("“取消本批次”之后不能撤销：再按一次 Enter 确认", screen.Message);
        Assert.Equal(("nominating", 2), (_f.Service.Show(_campaignId).State, _f.Service.Show(_campaignId).Version)); // asking changed nothing
        Press(Key.Enter); // confirmed, at the version on screen
        Assert.Equal("该记录已被其他操作员修改，本次操作未保存；请刷新后重试", screen.Message);
        Assert.Equal("nominating", _f.Service.Show(_campaignId).State);
        Assert.Contains("当前：民主推荐  版本 2", Screen); // the screen shows what is stored now
    }

    public void Dispose()
    {
        _tui.Dispose();
        _f.Dispose();
    }
}
