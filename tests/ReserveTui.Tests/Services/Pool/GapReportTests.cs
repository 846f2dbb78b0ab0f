using ReserveSdk;
using ReserveTui.Tests.Services.Campaigns;

namespace ReserveTui.Tests.Services.Pool;

/// <summary>The structure dashboard on known pools, against numbers worked out by hand from the schemes' clauses.</summary>
public sealed class GapReportTests : IDisposable
{
    private readonly CampaignFixture _f = new();

    private static Person Cadre(string name, string unit, DateOnly? birth = null, bool? readyNow = null, Gender gender = Gender.Male) =>
        CampaignFixture.Eligible(name, gender) with { Unit = unit, BirthDate = birth ?? new DateOnly(1988, 3, 1), ReadyNow = readyNow };

    private (int? Target, int? Actual, int Gap, PoolStatus Status) Finding(string scheme, string? unit, string rule)
    {
        var f = _f.Pool().Gaps(scheme, unit).Findings.Single(x => x.RuleId == rule);
        return (f.Target, f.Actual, f.Gap, f.Status);
    }

    [Fact]
    public void College_CountsEachTrackAgainstThePostsOfItsOwnLevel()
    {
        // Posts: 学院 正 1 副 2, 教务处 正 1 副 2 (division level); 综合科 正 2 (section level, kind 科室).
        _f.Unit("示例学院", "学院", 1, 2);
        _f.Unit("教务处", "机关部门", 1, 2, "示例学院");
        _f.Unit("综合科", "科室", 2, 0, "教务处");
        _f.Admit("college", "principal-division", Cadre("甲", "示例学院"), new DateOnly(2026, 7, 1));
        foreach (var n in new[] { "乙", "丙", "丁" }) _f.Admit("college", "deputy-division", Cadre(n, "教务处"), new DateOnly(2026, 7, 1));
        _f.Admit("college", "principal-section", Cadre("戊", "综合科", gender: Gender.Female), new DateOnly(2026, 7, 1));
        Assert.Equal((4, 1, 3, PoolStatus.Short), Finding("college", null, "quantity.principal-division")); // (1 + 1) × 2
        Assert.Equal((4, 3, 1, PoolStatus.Short), Finding("college", null, "quantity.deputy-division"));    // (2 + 2) × 1
        Assert.Equal((4, 1, 3, PoolStatus.Short), Finding("college", null, "quantity.principal-section"));  // 2 × 2, the 科室 only
        Assert.Equal(PoolStatus.Met, Finding("college", null, "structure.diversity").Status);                // 1 of 5 = 20% ≥ 12%
        var report = _f.Pool().Gaps("college", null);
        Assert.Contains("正处级后备按正处级职数（正职）1:2确定：缺 3 名", report.Seek);
        Assert.Equal(5, report.Members);
    }

    [Fact]
    public void Street_HalfTheUnits_FiveAged30OrUnder_AThirdReadyNow_AndTwoStreetsNeverCountEachOther()
    {
        _f.Unit("甲街道", "街道");
        _f.Unit("甲一社区", "社区", 1, 2, "甲街道");
        _f.Unit("甲二社区", "社区", 1, 2, "甲街道");
        _f.Unit("甲管理处", "管理处", 1, 2, "甲街道");
        _f.Unit("乙街道", "街道");
        _f.Unit("乙一社区", "社区", 1, 2, "乙街道");
        _f.Admit("street", "middle", Cadre("甲", "甲一社区", new DateOnly(1996, 7, 1), readyNow: true), new DateOnly(2026, 7, 1)); // 30 on the day: counts
        _f.Admit("street", "middle", Cadre("乙", "甲街道"), new DateOnly(2026, 7, 1));
        _f.Admit("street", "middle", Cadre("丙", "乙一社区", new DateOnly(1997, 1, 1)), new DateOnly(2026, 7, 1));

        Assert.Equal((2, 2, 0, PoolStatus.Met), Finding("street", "甲街道", "quantity.units"));   // ⌈3 × ½⌉, 甲's two reserves only
        Assert.Equal((1, 1, 0, PoolStatus.Met), Finding("street", "乙街道", "quantity.units"));   // ⌈1 × ½⌉
        Assert.Equal((2, 3, 0, PoolStatus.Met), Finding("street", null, "quantity.units"));       // ⌈4 × ½⌉ over both
        Assert.Equal((5, 1, 4, PoolStatus.Short), Finding("street", "甲街道", "structure.under30"));
        Assert.Equal((5, 2, 3, PoolStatus.Short), Finding("street", null, "structure.under30"));
        Assert.Equal(PoolStatus.Met, Finding("street", "甲街道", "structure.ready-now").Status);   // 1 of 2 ≥ ⅓
        Assert.NotEqual(PoolStatus.Met, Finding("street", "乙街道", "structure.ready-now").Status); // 0 of 1
        Assert.Contains("30岁以下（含30岁）的后备干部要有5名以上：缺 4 名", _f.Pool().Gaps("street", "甲街道").Seek);
    }

    [Fact]
    public void County_StandingNumbersAndBands_LeaveOutALapsedReserve()
    {
        _f.Unit("示例县", "机关部门", 1, 2);
        _f.Admit("county", "principal-section", Cadre("甲", "示例县", new DateOnly(1986, 1, 1)), new DateOnly(2026, 6, 1));
        _f.Admit("county", "deputy-section", Cadre("乙", "示例县", new DateOnly(1990, 1, 1), gender: Gender.Female), new DateOnly(2026, 6, 1));
        // Admitted three years before today (2026-07-01): lapsed today, so out of every count.
        _f.Admit("county", "deputy-section", Cadre("丙", "示例县", new DateOnly(1997, 1, 1)), new DateOnly(2023, 7, 1));
        Assert.Equal((150, 1, 149, PoolStatus.Short), Finding("county", null, "standing.principal"));
        Assert.Equal((300, 1, 299, PoolStatus.Short), Finding("county", null, "standing.deputy"));
        Assert.Equal((2, 1, 1, PoolStatus.Short), Finding("county", null, "quantity.principal")); // 1 × 2
        Assert.Equal((2, 1, 1, PoolStatus.Short), Finding("county", null, "quantity.deputy"));    // 2 × 1
        Assert.Equal(PoolStatus.Met, Finding("county", null, "structure.women").Status);
        Assert.Equal(PoolStatus.Short, Finding("county", null, "structure.deputy-young").Status);  // 丙, under 30, lapsed
        var report = _f.Pool().Gaps("county", null);
        Assert.Equal(2, report.Members);
        Assert.Equal([0, 0, 2, 0, 0, 0], report.Ages.Select(a => a.Count));                        // 40 and 36 on 2026-07-01: both 36–40
        Assert.Equal("lapsed", _f.Pool().List(new ReserveTui.Services.Pool.PoolFilter(Status: "lapsed")).Single().StatusCode);
    }

    [Fact]
    public void TheCampaignsTargets_AreTheDashboardsForItsUnit()
    {
        _f.Unit("甲街道", "街道");
        _f.Unit("甲一社区", "社区", 1, 2, "甲街道");
        _f.Unit("乙街道", "街道");
        _f.Admit("street", "middle", Cadre("丙", "乙街道"), new DateOnly(2026, 6, 1));
        var c = _f.Service.New("street", "甲街道", 2026, new DateOnly(2026, 6, 30));
        var units = c.Targets.Single(t => t.RuleId == "quantity.units");
        Assert.Equal((1, 0), (units.Target, units.Actual)); // 乙街道's reserve is not 甲's
        Assert.Equal(_f.Pool().Gaps("street", "甲街道", new DateOnly(2026, 6, 30)).Findings.Select(f => f.Explanation), c.Targets.Select(f => f.Explanation));
    }

    public void Dispose() => _f.Dispose();
}
