using ReserveTui.Services;
using ReserveTui.Services.Access;
using ReserveTui.Services.Campaigns;
using ReserveTui.Tests.Services.Campaigns;
using ReserveTui.Tui.Screens;
using Terminal.Gui.Input;

namespace ReserveTui.Tests.Tui;

/// <summary>The terminal UI names its operator, hides what their role cannot do, and says why when the key is pressed anyway.</summary>
public sealed class OperatorScreenTests : IDisposable
{
    private readonly CampaignFixture _f = new();

    public OperatorScreenTests()
    {
        _f.Unit("示例街道", "街道", 1, 3);
        _f.Unit("示例学院", "学院", 2, 4);
        _f.People(CampaignFixture.Eligible("张三") with { Unit = "示例街道" }, CampaignFixture.Eligible("李四") with { Unit = "示例学院" });
        var c = _f.Service.ApproveAndPublish(_f.Service.New("street", "示例街道", 2026, new DateOnly(2026, 6, 30)).Id);
        _f.Nominations.Nominate(c.Id, "张三", "中层后备", "民主推荐");
        _f.Service.New("college", "示例学院", 2026, new DateOnly(2026, 6, 30));
    }

    private TuiHarness As(OperatorAccess access)
    {
        var store = new CampaignStore(_f.Database, CampaignFixture.Catalog, _f.Clock, access.Name, access);
        return new TuiHarness(_f.Screens() with
        {
            Access = access,
            People = new PeopleService(_f.Database, _f.Clock, access),
            Campaigns = new CampaignService(store),
            Nominations = new NominationService(store),
            Units = new UnitService(_f.Database, _f.Clock, access.Name, null, access),
        });
    }

    [Fact]
    public void TheTopBar_NamesTheOperatorAndRole()
    {
        using var tui = As(new OperatorAccess("王芳", OperatorRole.Admin, null, null));
        Assert.Contains("王芳·管理员", tui.Screen.Split('\n')[0]);
    }

    [Fact]
    public void AViewer_DoesNotSeeTheWritingKeys_AndIsToldWhyWhenPressingOne()
    {
        using var tui = As(new OperatorAccess("赵敏", OperatorRole.Viewer, null, null));
        tui.Press(Key.F4);
        Assert.Contains("F7 全程记实", tui.Window.StatusKeys);
        Assert.DoesNotContain("F8 提名", tui.Window.StatusKeys);
        Assert.DoesNotContain("Ctrl+N 新建批次", tui.Window.StatusKeys);
        tui.Press(Key.F8);
        Assert.Contains("赵敏 是查看者，只能查看和生成文书，不能提名", tui.Screen);
        Assert.False(Assert.IsType<CampaignsScreen>(tui.Window.Current).Form.IsOpen);

        tui.Press(Key.F5, Key.N.WithCtrl);
        Assert.Contains("只有管理员可以添加单位（赵敏 是查看者）", tui.Screen);
        tui.Press(Key.Enter);
        Assert.Contains("只有管理员可以修改单位", tui.Screen);
    }

    [Fact]
    public void AUnitOperator_SeesOnlyTheirUnitsPeopleAndCampaigns()
    {
        using var tui = As(new OperatorAccess("李明", OperatorRole.UnitOperator, new HashSet<string> { "示例街道" }, "示例街道"));
        tui.Press(Key.F3);
        var people = tui.Screen;
        Assert.Contains("张三", people);
        Assert.DoesNotContain("李四", people);
        Assert.Contains("共 1 人", people);
        tui.Press(Key.F4);
        var campaigns = tui.Screen;
        Assert.Contains("示例街道", campaigns);
        Assert.DoesNotContain("示例学院", campaigns);
    }

    public void Dispose() => _f.Dispose();
}
