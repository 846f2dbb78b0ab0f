using ReserveTui.Hosting;
using ReserveTui.Services;
using ReserveTui.Storage;
using ReserveTui.Tests.Services.Campaigns;

namespace ReserveTui.Tests.Services;

/// <summary>Keeping units: changes are versioned and audited, the tree stays a tree, and campaign targets follow.</summary>
public sealed class UnitServiceTests
{
    [Fact]
    public void ChangingPosts_MovesTheCampaignsTarget_AndIsRecorded()
    {
        using var f = new CampaignFixture();
        f.Unit("示例学院", "学院", 2, 4);
        var units = new UnitService(f.Database, f.Clock, "tester");
        var c = f.Service.New("college", "示例学院", 2026, new DateOnly(2026, 6, 30));
        Assert.Equal(4, f.Service.Show(c.Id).Targets.Single(t => t.RuleId == "quantity.principal-division").Target);

        var changed = units.Update("示例学院", null, 3, null, null);
        Assert.Equal((3, 4, 1), (changed.PrincipalPosts, changed.DeputyPosts, changed.Version));
        Assert.Equal(6, f.Service.Show(c.Id).Targets.Single(t => t.RuleId == "quantity.principal-division").Target); // 1:2
        var entry = new AuditLog(f.Database).For("unit/").Last();
        Assert.Equal("unit.update", entry.Action);
        Assert.Contains("\"before\":{\"kind\":\"学院\",\"principalPosts\":2", entry.Data);
    }

    [Fact]
    public void AStaleVersion_IsRefused_AndNothingChanges()
    {
        using var f = new CampaignFixture();
        f.Unit("示例街道", "街道", 1, 3);
        var units = new UnitService(f.Database, f.Clock, "tester");
        units.Update("示例街道", null, null, 4, null, expectedVersion: 0);
        var stale = Assert.Throws<ReserveException>(() => units.Update("示例街道", null, null, 9, null, expectedVersion: 0));
        Assert.Equal(ErrorCode.Conflict, stale.Code);
        Assert.Equal((4, 1), (units.List().Single().DeputyPosts, units.List().Single().Version));
    }

    [Fact]
    public void AParentMustExist_AndMayNotBeTheUnitOrBelowIt()
    {
        using var f = new CampaignFixture();
        f.Unit("示例街道", "街道", 1, 3);
        f.Unit("示例东社区", "社区", 1, 1, "示例街道");
        var units = new UnitService(f.Database, f.Clock, "tester");
        Assert.Equal(ErrorCode.Refused, Assert.Throws<ReserveException>(() => units.Update("示例街道", null, null, null, "示例东社区")).Code);
        Assert.Equal(ErrorCode.Refused, Assert.Throws<ReserveException>(() => units.Update("示例街道", null, null, null, "示例街道")).Code);
        Assert.Equal(ErrorCode.NotFound, Assert.Throws<ReserveException>(() => units.Update("示例街道", null, null, null, "无此单位")).Code);
        Assert.Null(units.List().Single(u => u.Name == "示例街道").Parent);

        Assert.Null(units.Update("示例东社区", null, null, null, "").Parent); // empty: no parent
        Assert.Equal("示例街道", units.Update("示例东社区", "社区", null, null, "示例街道").Parent);
    }
}
