using ReserveSdk;
using ReserveTui.Tests.Services.Campaigns;
using ReserveTui.Tui.Screens;
using Terminal.Gui.Input;

namespace ReserveTui.Tests.Tui;

/// <summary>Issue 8's new steps as an operator meets them: the competed rank on nomination, and a reason for not selecting.</summary>
public sealed class PolicyStepsScreenTests : IDisposable
{
    private readonly CampaignFixture _f = new();
    private readonly TuiHarness _tui;

    public PolicyStepsScreenTests() => _tui = new TuiHarness(_f.Screens());

    private CampaignsScreen Screen => Assert.IsType<CampaignsScreen>(_tui.Window.Current);

    [Fact]
    public void County_F8_RecordsTheTracksRankAsTheCompetedRank_AndAPasteIntoTheFilterIsCut()
    {
        _f.Unit("示例县委组织部", "县直机关", 2, 4);
        _f.People(CampaignFixture.Eligible("差额甲"));
        _f.Service.ApproveAndPublish(_f.Service.New("county", "示例县委组织部", 2026, new DateOnly(2026, 6, 30)).Id);
        _tui.Press(Key.F4, Key.F8);
        Assert.True(Screen.Picker.IsOpen);
        // A 2,000-character paste as the filter: cut to the filter's limit, nothing matches, Enter says so.
        _tui.Paste(new string('张', 2000));
        Assert.Equal(50, Screen.Picker.Filter.Length);
        Assert.Empty(Screen.Picker.Lines);
        _tui.Press(Key.Enter);
        Assert.Contains("没有与筛选相符的项", Screen.Picker.Error);
        Assert.Contains("║ ⚠ 没有与筛选相符的项", _tui.Screen);
        Screen.Picker.Filter = "差额";
        _tui.Press(Key.Enter);
        _tui.Type("正科");
        _tui.Press(Key.Enter);
        Assert.Contains("选择推荐渠道", _tui.Screen);
        // The direct-entry channels are offered for this track; 选调生 enters only 副科级后备 and is not.
        Assert.DoesNotContain(Screen.Picker.Lines, l => l.StartsWith("选调生", StringComparison.Ordinal));
        _tui.Type("差额人选");
        _tui.Press(Key.Enter);
        Assert.StartsWith("已提名 差额甲（单位未填）为正科级后备人选", Screen.Message);
        Assert.Equal("正科", _f.Service.Show(_f.Service.List().Single().Id).Nominations.Single().Record.CompetedRank);
    }

    [Fact]
    public void Enterprise_NotSelecting_AsksForTheReason_AndSelectingOutOfOrderSaysWhoRanksAhead()
    {
        var (_, ids) = _f.EnterpriseAtDeciding(["甲", "乙"], "甲,25,30,12,8,8\n乙,20,30,12,8,8\n");
        _tui.Press(Key.F4, Key.Tab, Key.Tab, Key.Enter); // the first nominee listed, 乙, ranked second
        Assert.Contains("操作 — 乙", _tui.Screen);
        Assert.Contains("[暂不可] 研究审定确定：须依据总成绩次序确定", _tui.Screen);
        Choose("研究审定确定");
        Assert.Contains("排名在前的 甲（第1名，总分 83） 尚未研究审定", Screen.Message);
        Assert.Equal("inspected", _f.Nominations.ShowNomination(ids["乙"]).State);

        Choose("研究审定未确定");
        Assert.Equal("“研究审定未确定”之后不能撤销：再按一次 Enter 确认", Screen.Message); // it ends the path: asked first
        _tui.Press(Key.Enter);
        Assert.True(Screen.Form.IsOpen);
        Screen.Form.Submit(); // empty: refused inside the form, nothing written
        Assert.True(Screen.Form.IsOpen);
        Assert.Equal("inspected", _f.Nominations.ShowNomination(ids["乙"]).State);
        Screen.Form.Fill("总成绩排名靠后");
        Screen.Form.Submit();
        Assert.Equal("已执行：研究审定未确定", Screen.Message);
        Assert.Equal("总成绩排名靠后", _f.Nominations.ShowNomination(ids["乙"]).Record.ActionNotes["not-select"]);
    }

    [Fact]
    public void ACampaignsDocuments_ArePreviewedFromTheTemplates_AndSavedWhole()
    {
        var (c, _) = _f.StreetWithNominee("甲");
        _f.Ballots.AddBallot(c.Id, "群众", ["甲"]);
        _tui.Press(Key.F4);
        Choose("[文档] 民主推荐结果统计表");
        Assert.Contains("合计（1 张）", _tui.Screen);
        Assert.Equal("已保存 docx、md、xlsx，位置见文末", Screen.Message);
        // To print (.docx), to read and compare (.md), and the table for a spreadsheet (.xlsx): the same name each.
        var saved = Directory.GetFiles(Path.Combine(_f.Files, "documents")).Order(StringComparer.Ordinal).ToList();
        Assert.Equal([".docx", ".md", ".xlsx"], saved.Select(Path.GetExtension));
        Assert.StartsWith("民主推荐结果统计表-示例街道-2026-", Assert.Single(saved.Select(Path.GetFileNameWithoutExtension).Distinct()), StringComparison.Ordinal);
        Assert.StartsWith("# 民主推荐结果统计表", File.ReadAllText(saved[1]), StringComparison.Ordinal);
        using (var docx = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(saved[0], false))
            Assert.Contains("合计（1 张）", docx.MainDocumentPart!.Document!.Body!.InnerText);
        _tui.Press(Key.Esc);
        Choose("[录入] 公示受理方式");
        Assert.True(Screen.Form.IsOpen);
        Screen.Form.Fill("电话 0536-1234567");
        Screen.Form.Submit();
        Assert.Equal("已登记公示受理方式", Screen.Message);
        Assert.Equal("电话 0536-1234567", _f.Service.Show(c.Id).NoticeContact);
        Assert.Contains(Screen.ActionLines, l => l.Contains("[录入] 公示受理方式：电话 0536-1234567", StringComparison.Ordinal));
        Choose("[文档] 推荐人选名单");
        Assert.Contains("1. 甲　中层后备", _tui.Screen);
    }

    private void Choose(string text)
    {
        var index = Screen.ActionLines.ToList().FindIndex(l => l.Contains(text, StringComparison.Ordinal));
        Assert.True(index >= 0, $"no line with {text}: {string.Join(" | ", Screen.ActionLines)}");
        Screen.SelectAction(index);
        _tui.Press(Key.Enter);
    }

    public void Dispose()
    {
        _tui.Dispose();
        _f.Dispose();
    }
}
