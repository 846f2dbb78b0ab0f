using ReserveSdk;
using ReserveTui.Hosting;
using ReserveTui.Plugins;
using ReserveTui.Services;
using ReserveTui.Services.Campaigns;
using ReserveTui.Storage;
using ReserveTui.Tests.Services.Campaigns;
using ReserveTui.Tests.Tui;
using ReserveTui.Tui;
using Terminal.Gui.Input;

namespace ReserveTui.Tests.Plugins;

/// <summary>
/// A plugin whose code throws while it runs on real data (tests/TestPlugins/FaultyPlugin: a rule, and a guard that
/// parses a yes/no fact as a number) though it passed the scheme check at load. The fault is that rule's or that action's outcome, named; nothing is committed; the rest goes on.
/// </summary>
public sealed class FaultContainmentTests : IDisposable
{
    private static readonly SchemeCatalog Catalog = PluginHost.Load([Path.Combine(AppContext.BaseDirectory, "plugins"), Path.Combine(AppContext.BaseDirectory, "testplugins")]);

    private readonly ReserveDatabase _db = ReserveDatabase.InMemory();
    private readonly FixedTimeProvider _clock = new(new DateTimeOffset(2026, 7, 1, 9, 0, 0, TimeSpan.FromHours(8)), TimeZoneInfo.Utc);
    private readonly CampaignStore _store;
    private readonly CampaignService _campaigns;
    private readonly string _id;

    public FaultContainmentTests()
    {
        Assert.NotNull(Catalog.Find("faulty"));
        _store = new CampaignStore(_db, Catalog, _clock, "tester");
        _campaigns = new CampaignService(_store);
        new UnitService(_db, _clock, "tester").Add("测试单位甲", "测试单位", 1, 2, null);
        new PeopleService(_db, _clock).Add([new Person { Name = "张三", BirthDate = new DateOnly(1990, 1, 1), Education = EducationLevel.Bachelor, Unit = "测试单位甲" }], "tester", "test");
        _id = _campaigns.ApproveAndPublish(_campaigns.New("faulty", "测试单位甲", 2026, new DateOnly(2026, 6, 30)).Id).Id;
    }

    [Fact]
    public void AGuardThatThrows_HoldsItsActionBack_NamingThePluginAndTheGuard_AndCommitsNothing()
    {
        var before = _store.Record.Count();
        var refused = Assert.Throws<ReserveException>(() => _campaigns.Act(_id, "close"));
        Assert.Equal(ErrorCode.Refused, refused.Code);
        Assert.Contains("方案插件出错：方案插件 faulty 的操作“结束提名”的条件“须有不存在的事实”运行时抛出 FormatException", refused.Message);
        Assert.Contains("操作未执行", refused.Message);

        var shown = _campaigns.Show(_id);
        Assert.Equal("nominating", shown.State);
        Assert.Equal(before, _store.Record.Count());
        var close = Assert.Single(shown.Actions, a => a.Id == "close");
        Assert.False(close.Permitted);
        Assert.Contains("方案插件出错", Assert.Single(close.Reasons));
        // A quantity rule that throws is a warning naming it; the campaign still shows.
        Assert.Contains(shown.Targets, t => t.RuleId == "broken.pool" && t.Status == PoolStatus.Warning && t.Explanation.Contains("方案插件出错：方案插件 faulty 的数量结构规则 broken.pool", StringComparison.Ordinal));
        // The campaign's other actions are still offered.
        Assert.True(Assert.Single(shown.Actions, a => a.Id == "cancel").Permitted);
    }

    [Fact]
    public void ARuleThatThrows_IsThatRulesFault_TheOtherRulesStillEvaluate_AndTheVerdictIsNeverEligible()
    {
        var nominee = new NominationService(_store).Nominate(_id, "张三", "staff", "民主推荐");
        var broken = Assert.Single(nominee.Eligibility.Rules, r => r.RuleId == "broken");
        Assert.Equal(RuleOutcome.Fault, broken.Outcome);
        Assert.Contains("方案插件出错：方案插件 faulty 的规则 broken 运行时抛出 KeyNotFoundException", broken.Explanation);
        Assert.Equal(RuleOutcome.Pass, Assert.Single(nominee.Eligibility.Rules, r => r.RuleId == "education.min").Outcome);
        Assert.Equal(Verdict.Incomplete, nominee.Eligibility.Verdict);
        Assert.Equal("方案插件出错", Verdicts.Chinese(RuleOutcome.Fault));
        Assert.Equal("fault", Verdicts.Code(RuleOutcome.Fault));
    }

    [Fact]
    public void TheTerminalUi_ShowsTheFaultInPlace_AndKeepsRunning()
    {
        var services = new TuiServices(Catalog, new PeopleService(_db, _clock), new UiText("zh"))
        {
            Campaigns = _campaigns, Nominations = new NominationService(_store), Ballots = new BallotService(_store), Scores = new ScoreService(_store),
            Units = new UnitService(_db, _clock, "tester"), Clock = _clock,
        };
        using var tui = new TuiHarness(services);
        tui.Press(Key.F4);
        var screen = tui.Screen;
        Assert.Contains("结束提名", screen);
        Assert.Contains("方案插件出错", screen);
        tui.Press(Key.Tab, Key.Enter);
        Assert.Contains("方案插件出错", tui.Screen);
        Assert.Equal("nominating", _campaigns.Show(_id).State);
        Assert.False(tui.Window.HelpShown, tui.Screen);
    }

    public void Dispose() => _db.Dispose();
}
