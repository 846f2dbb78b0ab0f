using ReserveSdk;
using ReserveTui.Services.Campaigns;

namespace ReserveTui.Tests.Services.Campaigns;

/// <summary>
/// A campaign of every scheme driven through the services from draft to admission: the operator records what
/// each step needs (attestations, 述职, ballots, inspection, documents, exam, scores) and takes the first
/// forward action the workflow permits; the clock moves only when a time guard holds the campaign back.
/// </summary>
public sealed class EverySchemeCampaignTests
{
    [Theory]
    [InlineData("college", "副处级后备", "民主推荐")]
    [InlineData("street", "中层后备", "民主推荐")]
    [InlineData("school", "中层后备", "民主推荐")]
    [InlineData("enterprise", "中层助理后备", "单位推荐")]
    [InlineData("village", "村级后备", "党支部提名")]
    [InlineData("county", "副科级后备", "exam")]
    [InlineData("county", "副科级后备", "graduate")]
    public void Campaign_RunsFromDraftToAdmission(string scheme, string track, string channel)
    {
        using var f = new CampaignFixture();
        f.Unit("示例单位", "机关部门", 2, 4);
        f.People(CampaignFixture.Eligible("甲"));
        var s = f.Service;
        var c = s.New(scheme, "示例单位", 2026, new DateOnly(2026, 6, 30));
        c = s.ApproveAndPublish(c.Id);
        var n = f.Nominations.Nominate(c.Id, "甲", track, channel);
        CampaignDriver.Prepare(f, scheme, n);
        f.Ballots.AddBallot(c.Id, "班子成员", ["甲"]);
        if (scheme == "enterprise")
        {
            using var dir = new TempDir();
            f.Scores.ImportScores(c.Id, dir.File("s.csv", "姓名,笔试,演讲答辩,公司领导班子,相关中层干部,职工代表\n甲,25,30,12,8,8\n"));
        }

        CampaignDriver.ToCompletion(f, c.Id, [n.Id]);
        Assert.Equal("admitted", f.Nominations.ShowNomination(n.Id).State);
        Assert.Equal("completed", s.Show(c.Id).State);
        Assert.Equal(scheme, Assert.Single(f.Nominations.Reserves()).SchemeId);
    }
}
