using ReserveTui.Documents;
using ReserveTui.Hosting;
using ReserveTui.Services;
using ReserveTui.Tests.Services.Campaigns;

namespace ReserveTui.Tests.Documents;

/// <summary>A campaign's documents (tally, nominees) from the stored campaign through the templates.</summary>
public sealed class CampaignDocumentRenderTests : IDisposable
{
    private readonly CampaignFixture _f = new();

    private DocumentService Service => new(CampaignFixture.Catalog, new TemplateLibrary(Path.Combine(_f.Files, "templates"), TemplateLibrary.Bundled), _f.Service, _f.Ballots);

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
        var (text, _) = Service.Campaign("tally", c.Id, format);
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
        var (text, _) = Service.Campaign("nominees", c.Id, "md");
        Assert.Contains($"| 1 | 甲 | 中层后备 | democratic | {n.StateName} | 待认定 | — |", text);
        Assert.Equal(ErrorCode.NotFound, Assert.Throws<ReserveException>(() => Service.Campaign("tally", "no-such-campaign", "md")).Code);
        Assert.Equal(ErrorCode.Usage, Assert.Throws<ReserveException>(() => Service.Campaign("scheme", c.Id, "md")).Code);
        Assert.Equal(ErrorCode.Usage, Assert.Throws<ReserveException>(() => Service.Campaign("tally", c.Id, "docx")).Code);
    }

    public void Dispose() => _f.Dispose();
}
