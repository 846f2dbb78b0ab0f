using ReserveTui.Documents;
using ReserveTui.Hosting;
using ReserveTui.Services;
using ReserveTui.Tests.Services.Campaigns;

namespace ReserveTui.Tests.Documents;

/// <summary>A campaign's documents (tally, nominees) from the stored campaign through the templates.</summary>
public sealed class CampaignDocumentRenderTests : IDisposable
{
    private readonly CampaignFixture _f = new();

    private DocumentService Service => _f.Documents;

    [Theory]
    [InlineData("md")]
    [InlineData("txt")]
    public void TheTally_ShowsEachVoterGroupAndTheTotal_WithTheServicesNumbers(string format)
    {
        var (c, _) = _f.StreetWithNominee("甲");
        _f.People(CampaignFixture.Eligible("乙"));
        _f.Nominations.Nominate(c.Id, "乙", "中层后备", "民主推荐");
        _f.Ballots.AddBallot(c.Id, "班子成员", ["甲", "乙"]);
        _f.Ballots.AddBallot(c.Id, "群众", ["甲"]);
        _f.Ballots.AddBallot(c.Id, "群众", ["甲"]);
        var text = Service.Campaign("tally", c.Id, format).Text!;
        Assert.Contains("班子成员（1 张）", text);
        Assert.Contains("群众（2 张）", text);
        Assert.Contains("合计（3 张）", text);
        // 乙: 1 of 3 overall = 33.3%, below the 50% threshold; 甲: 3 of 3.
        Assert.Contains(format == "md" ? "| 乙 | 1 | 33.3% |" : "乙　1 票　33.3%", text);
        Assert.Contains(format == "md" ? "| 甲 | 3 | 100.0% |" : "甲　3 票　100.0%", text);
        Assert.Contains("未达得票集中门槛：乙", text);
        Assert.True(text.IndexOf("甲", text.IndexOf("合计", StringComparison.Ordinal), StringComparison.Ordinal) < text.IndexOf("乙", text.IndexOf("合计", StringComparison.Ordinal), StringComparison.Ordinal), "most votes first");
    }

    [Fact]
    public void TheNomineeList_HasEveryNominee_AndABadRequestIsRefused()
    {
        var (c, n) = _f.StreetWithNominee("甲");
        var text = Service.Campaign("nominees", c.Id, "md").Text!;
        Assert.Contains($"| 1 | 甲 | 中层后备 | democratic | {n.StateName} | 待认定 | — |", text);
        Assert.Equal(ErrorCode.NotFound, Assert.Throws<ReserveException>(() => Service.Campaign("tally", "no-such-campaign", "md")).Code);
        Assert.Equal(ErrorCode.Usage, Assert.Throws<ReserveException>(() => Service.Campaign("scheme", c.Id, "md")).Code);
        Assert.Equal(ErrorCode.Usage, Assert.Throws<ReserveException>(() => Service.Campaign("tally", c.Id, "pdf")).Code);
    }

    [Theory]
    [InlineData("md", "| 甲 | 男 | 1988年3月 | 大学本科 | — | 正科 | 中层后备 | 100.0% | 90.0% | 政治坚定 |")]
    [InlineData("md", "现予公示（第一篇 3.三）。公示时间：2026年7月1日至2026年7月7日。")]
    [InlineData("txt", "公示期：2026年7月1日至2026年7月7日。")]
    public void TheNotice_ListsEachPublicizedNominee_WithTheirFactsResultsAndThePeriodAsDates(string format, string line)
    {
        var (c, n) = _f.StreetWithNominee("甲");
        foreach (var rule in n.Eligibility.Rules.Where(r => r.Outcome == ReserveSdk.RuleOutcome.Pending)) _f.Nominations.Attest(n.Id, rule.RuleId);
        _f.Nominations.Debrief(n.Id, "述职");
        _f.Ballots.AddBallot(c.Id, "班子成员", ["甲"]);
        _f.Nominations.ActNomination(n.Id, "recommend");
        _f.Service.Act(c.Id, "close-nomination");
        _f.Nominations.Inspect(n.Id, 0.9m, 0.1m, 0m, "政治坚定");
        _f.Nominations.ActNomination(n.Id, "inspect");
        Assert.Empty(Assert.IsAssignableFrom<System.Collections.IEnumerable>(CampaignDocumentModel.Notice(_f.Service.Show(c.Id), CampaignFixture.Catalog.Get("street").Definition, _ => null, TimeZoneInfo.Utc)["nominees"]).Cast<object>());
        _f.Service.Act(c.Id, "open-notice");
        _f.Nominations.ActNomination(n.Id, "publicize");
        var text = Service.Campaign("notice", c.Id, format).Text!;
        Assert.True(text.Contains(line, StringComparison.Ordinal), text);
        Assert.Contains("公示期间（7 天）", text);
    }

    [Fact]
    public void NomineesPublicizedOnDifferentDays_EachHaveTheirPeriodInTheTable()
    {
        var demo = DemoCampaign.Build(_f, "street");
        var model = CampaignDocumentModel.Notice(_f.Service.Show(demo.CampaignId), CampaignFixture.Catalog.Get("street").Definition, _ => null, TimeZoneInfo.Utc);
        Assert.NotNull(model["period"]);
        // The same campaign with one nominee publicized a day later: no single period, so a column per row.
        var c = _f.Service.Show(demo.CampaignId);
        var later = c with { Nominations = [c.Nominations[0], c.Nominations[1] with { Marks = c.Nominations[1].Marks.ToDictionary(m => m.Key, m => m.Value.AddDays(1)) }] };
        var split = CampaignDocumentModel.Notice(later, CampaignFixture.Catalog.Get("street").Definition, _ => null, TimeZoneInfo.Utc);
        Assert.Null(split["period"]);
        var template = new TemplateLibrary(Path.Combine(_f.Files, "templates"), TemplateLibrary.Bundled).Find("notice", "md", null)!;
        var text = DocumentRenderer.Render(template, new Dictionary<string, object?>(split) { ["issued_on"] = "2026年7月9日" });
        Assert.Contains("| 考察结论 | 公示期 |", text);
        Assert.Contains("| 2026年7月2日至2026年7月8日 |", text);
        Assert.DoesNotContain("公示时间：", text);
    }

    [Fact]
    public void TheDecision_ListsWhoEnteredThePool_AndWhoDidNot_WithTheReasonRecorded()
    {
        var (c, ids) = _f.EnterpriseAtDeciding(["甲", "乙"], "甲,25,30,12,8,8\n乙,20,30,12,8,8\n");
        _f.Nominations.ActNomination(ids["甲"], "select");
        _f.Nominations.ActNomination(ids["乙"], "not-select", "总成绩排名靠后");
        _f.Service.Act(c.Id, "open-notice");
        _f.Nominations.ActNomination(ids["甲"], "publicize");
        var early = Service.Campaign("decision", c.Id, "md").Text;
        Assert.Contains("（尚无纳入后备干部队伍的人选）", early);
        Assert.Contains("尚有 1 名人选未作出决定。", early);
        _f.Clock.Advance(TimeSpan.FromDays(7));
        _f.Nominations.ActNomination(ids["甲"], "admit");
        var text = Service.Campaign("decision", c.Id, "md").Text!;
        Assert.Contains("| 1 | 甲 | 中层助理后备 | 单位推荐 | 2026年7月8日 |", text);
        Assert.Contains("- 乙（中层助理后备）：未确定——总成绩排名靠后", text);
        Assert.DoesNotContain("未作出决定", text);
    }

    [Fact]
    public void EveryTabularDocument_HasItsTable_EvenBeforeAnythingIsDecided()
    {
        var (c, _) = _f.StreetWithNominee("甲");
        foreach (var kind in DocumentKind.All.Where(k => k.Tabular && k.Subject == DocumentSubject.Campaign && k.Id != "ranking"))
            Assert.NotEmpty(Service.Campaign(kind.Id, c.Id, "xlsx").Content);
    }

    [Fact]
    public void AVerticalBarInStoredText_DoesNotSplitATableCell()
    {
        var (c, n) = _f.StreetWithNominee("甲|乙");
        var text = Service.Campaign("nominees", c.Id, "md").Text!;
        Assert.Contains("| 1 | 甲｜乙 | 中层后备 |", text);
        var table = ReserveTui.Documents.Layout.MarkdownReader.Read(text, "x").Tables.Single();
        Assert.Equal(table.Header.Count, table.Rows.Single().Count);
    }

    public void Dispose() => _f.Dispose();
}
