using ReserveTui.Hosting;

namespace ReserveTui.Tests.Services.Campaigns;

/// <summary>A change made from a stale view is a conflict first, whatever the rules would say about the new state.</summary>
public sealed class StaleViewTests
{
    [Fact]
    public void AStaleCampaignAction_IsAConflict_NotARuleRefusal_AndNothingChanges()
    {
        using var f = new CampaignFixture();
        var (c, _) = f.StreetWithNominee();
        f.Service.Act(c.Id, "close-nomination", expectedVersion: 2); // the other operator, at version 2 (approved, published)

        // This operator still sees version 2 (民主推荐); cancel is not allowed in 组织考察, but the answer is the conflict.
        var stale = Assert.Throws<ReserveException>(() => f.Service.Act(c.Id, "cancel", expectedVersion: 2));
        Assert.Equal(ErrorCode.Conflict, stale.Code);
        Assert.Equal(("inspecting", 3), (f.Service.Show(c.Id).State, f.Service.Show(c.Id).Version));
    }

    [Fact]
    public void ARuleRefusal_NamesTheActionInChinese()
    {
        using var f = new CampaignFixture();
        f.Unit("示例街道", "街道");
        var c = f.Service.New("street", "示例街道", 2026, new DateOnly(2026, 6, 30));
        var refused = Assert.Throws<ReserveException>(() => f.Service.Act(c.Id, "close-nomination"));
        Assert.Equal(ErrorCode.Refused, refused.Code);
        Assert.StartsWith("不能执行“党政联席会确定推荐人选”", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AStaleNomineeRecord_IsAConflict_AndNothingIsWritten()
    {
        using var f = new CampaignFixture();
        var (c, n) = f.StreetWithNominee();
        f.Nominations.Inspect(n.Id, 0.9m, 0.1m, 0m, "同意", expectedVersion: 0);
        var stale = Assert.Throws<ReserveException>(() => f.Nominations.Inspect(n.Id, 0.5m, 0.5m, 0m, "再议", expectedVersion: 0));
        Assert.Equal(ErrorCode.Conflict, stale.Code);
        Assert.Equal("同意", f.Nominations.ShowNomination(n.Id).Record.InspectionConclusion);
    }
}
