using ReserveSdk;
using ReserveTui.Services.Pool;
using ReserveTui.Tests.Services.Campaigns;
using ReserveTui.Tests.Services.Pool;
using ReserveTui.Tui.Screens;
using Terminal.Gui.Input;

namespace ReserveTui.Tests.Tui;

/// <summary>人才库 as an operator meets it: the list and its filter, a reserve's file, an appraisal, a held-back promotion, the dashboard.</summary>
public sealed class PoolScreenTests : IDisposable
{
    private readonly CampaignFixture _f = new();
    private readonly TuiHarness _tui;
    private readonly string _甲;

    public PoolScreenTests()
    {
        _f.Unit("示例县", "机关部门", 1, 2);
        _f.Unit("东城镇", "乡镇", 1, 2, "示例县");
        _甲 = _f.Admit("county", "deputy-section", CampaignFixture.Eligible("甲") with { Unit = "示例县" }, new DateOnly(2026, 6, 1));
        _f.Admit("county", "principal-section", CampaignFixture.Eligible("乙") with { Unit = "东城镇" }, new DateOnly(2026, 6, 1));
        _f.Admit("street", "middle", CampaignFixture.Eligible("丙", Gender.Female) with { Unit = "示例县" }, new DateOnly(2026, 6, 1));
        _tui = new TuiHarness(_f.Screens());
        _tui.Press(Key.F12);
    }

    private PoolScreen Screen => Assert.IsType<PoolScreen>(_tui.Window.Current);

    [Fact]
    public void TheList_IsSortedByUnitThenName_AndTheFilterNarrowsIt()
    {
        Assert.Equal(["乙", "丙", "甲"], Screen.Shown.Select(r => r.Name)); // 东城镇 before 示例县 (ordinal), then names
        Assert.Contains("3/3 人", _tui.Screen);
        _tui.Press(new Key('/'));
        _tui.Type("东城");
        Assert.Equal(["乙"], Screen.Shown.Select(r => r.Name));
        Assert.Contains("1/3 人", _tui.Screen);
        _tui.Press(Key.Esc);
        Assert.Equal(3, Screen.Shown.Count);
        // A 2,000-character paste stops at the filter's limit at once, says so, and shows nothing, not an error.
        _tui.Press(new Key('/'));
        _tui.Type(new string('某', 2000));
        Assert.Empty(Screen.Shown);
        Assert.Contains("没有符合筛选的后备干部", _tui.Screen);
        Assert.Equal("筛选最多 50 字，多出的未输入", Screen.Message);
    }

    [Fact]
    public void AFile_ShowsAHeldBackPromotion_TakesAnAppraisal_AndProposesRemovalAboveTheLimit()
    {
        Screen.Open(Screen.Shown.ToList().FindIndex(r => r.Name == "甲"));
        Assert.Contains("甲 的档案", _tui.Screen);
        Assert.Contains("[暂不可] 提拔使用：培养期不满 1 年（2027-06-01 前不得提拔使用）", string.Join("\n", Screen.ActionLines));
        Screen.Choose("[暂不可] 提拔使用");
        Assert.Contains("提拔前须通过政治理论任职资格考试", Screen.Message);
        Assert.False(Screen.Form.IsOpen);

        Screen.Choose("[录入] 年度考核");
        Assert.True(Screen.Form.IsOpen);
        Screen.Form.Fill("", "70%", "5%", "25%", "测评结果");
        Screen.Form.Submit();
        Assert.False(Screen.Form.IsOpen);
        Assert.Equal("已登记考核：甲；提示：建议调整出库——考核不称职票超过20%", Screen.Message);
        Assert.Contains("2026-07-01 考核：称职 70.0% 基本称职 5.0% 不称职 25.0%；测评结果", Screen.Details);
        Assert.Contains(Screen.ActionLines, l => l == "[建议] 调整出库：考核不称职票超过20%");

        // A bad share keeps the form open with what was typed.
        Screen.Choose("[录入] 年度考核");
        Screen.Form.Fill("", "很多", "", "", "");
        Screen.Form.Submit();
        Assert.True(Screen.Form.IsOpen);
        Assert.Contains("称职比例应为百分数", Screen.Message);
        _tui.Press(Key.Esc);

        // The proposal's line opens the removal with its reason filled in.
        Screen.Choose("[建议] 调整出库");
        Assert.Equal("3", Screen.Form.Values[0]);
        Screen.Form.Submit();
        Assert.Equal("已调整出库：甲", Screen.Message);
        Assert.Equal(ReserveStatuses.Removed, _f.Pool().Show(_甲).Reserve.Status);
        Assert.DoesNotContain(Screen.ActionLines, l => l.StartsWith("[录入]", StringComparison.Ordinal));
    }

    [Fact]
    public void AnotherOperatorsChange_RefusesTheForm_KeepsWhatWasTyped_AndTheNextEnterSaves()
    {
        Screen.Open(Screen.Shown.ToList().FindIndex(r => r.Name == "甲"));
        Screen.Choose("[录入] 谈心谈话");
        Screen.Form.Fill("", "组织部副部长", "谈工作打算");
        _f.Pool().Record(_甲, new PoolRecordInput(PoolRecordKinds.Training) { Form = "挂职" }); // someone else, meanwhile
        Screen.Form.Submit();
        Assert.True(Screen.Form.IsOpen);
        Assert.Contains("已被其他操作员修改", Screen.Message);
        Assert.Equal(["", "组织部副部长", "谈工作打算"], Screen.Form.Values);
        Assert.Contains("培养：挂职", Screen.Details); // their change now shows
        Screen.Form.Submit();
        Assert.False(Screen.Form.IsOpen);
        Assert.Equal(2, _f.Pool().Show(_甲).Records.Count);
    }

    [Fact]
    public void F6_ShowsTheDashboardOfTheSelectedReservesScheme_AndSavesItAsADocument()
    {
        Screen.Open(Screen.Shown.ToList().FindIndex(r => r.Name == "乙"));
        _tui.Press(Key.F6);
        Assert.True(Screen.Form.IsOpen);
        Assert.Equal(["county", "东城镇"], Screen.Form.Values);
        Screen.Form.Fill("county", "");
        Screen.Form.Submit();
        Assert.Contains("在库 2 人", Screen.Details);
        Assert.Contains("常年保持副职后备300名：缺 299 名", Screen.Details);
        Assert.Contains("年龄梯次", Screen.Details);
        Screen.Choose("[文档] 结构分析表");
        Assert.Equal("已保存 docx、md、xlsx，位置见文末", Screen.Message);
        Assert.Equal(3, Directory.GetFiles(Path.Combine(_f.Files, "documents"), "结构分析表-county-全部单位.*").Length);
        Screen.Choose("[文档] 后备干部名册");
        var roster = Directory.GetFiles(Path.Combine(_f.Files, "documents"), "后备干部名册-county-全部单位.md").Single();
        Assert.Contains("共 2 人", File.ReadAllText(roster));
        _tui.Press(Key.Esc);
        Assert.Equal(3, Screen.Shown.Count);
    }

    public void Dispose()
    {
        _tui.Dispose();
        _f.Dispose();
    }
}
