using ReserveSdk;
using ReserveTui.Tests.Services.Campaigns;

namespace ReserveTui.Tests.Documents;

/// <summary>
/// A fixed campaign of one scheme, the same on every run (fixed clock, fixed people): unit 示例单位, 甲 and 乙
/// nominated, recommended, inspected, publicized and admitted, 丙 too young to be eligible; three ballots in two
/// voter groups; for the enterprise, scores. The golden documents are rendered from it.
/// </summary>
internal sealed record DemoCampaign(string CampaignId, IReadOnlyList<string> ReserveIds)
{
    public static readonly IReadOnlyDictionary<string, (string Track, string Channel)> Schemes = new Dictionary<string, (string, string)>
    {
        ["college"] = ("副处级后备", "民主推荐"),
        ["street"] = ("中层后备", "民主推荐"),
        ["school"] = ("中层后备", "民主推荐"),
        ["enterprise"] = ("中层助理后备", "单位推荐"),
        ["village"] = ("村级后备", "党支部提名"),
        ["county"] = ("副科级后备", "exam"),
    };

    public static DemoCampaign Build(CampaignFixture f, string scheme)
    {
        var (track, channel) = Schemes[scheme];
        f.Unit("示例单位", "机关部门", 2, 4);
        f.People(
            CampaignFixture.Eligible("甲") with { Unit = "示例单位", Ethnicity = "汉族", Party = PartyAffiliation.CpcMember },
            CampaignFixture.Eligible("乙", Gender.Female) with { Unit = "示例单位", BirthDate = new DateOnly(1990, 11, 5), Ethnicity = "回族", Party = PartyAffiliation.CpcMember },
            CampaignFixture.Eligible("丙") with { Unit = "示例单位", Education = EducationLevel.HighSchool, WorkStart = new DateOnly(2025, 7, 1) });
        var c = f.Service.New(scheme, "示例单位", 2026, new DateOnly(2026, 6, 30));
        c = f.Service.ApproveAndPublish(c.Id);
        f.Service.SetNoticeContact(c.Id, "电话 0536-1234567；来信寄示例单位组织人事科");
        var nominees = new[] { "甲", "乙" }.Select(name => f.Nominations.Nominate(c.Id, name, track, channel)).ToList();
        foreach (var n in nominees) CampaignDriver.Prepare(f, scheme, n);
        var first = c.VoterCategories.Count > 0 ? c.VoterCategories[0] : "班子成员";
        var last = c.VoterCategories.Count > 0 ? c.VoterCategories[^1] : "群众";
        f.Ballots.AddBallot(c.Id, first, ["甲", "乙"]);
        f.Ballots.AddBallot(c.Id, last, ["甲"]);
        f.Ballots.AddBallot(c.Id, last, ["甲", "乙"]);
        if (scheme == "enterprise")
        {
            using var dir = new TempDir();
            f.Scores.ImportScores(c.Id, dir.File("s.csv", "姓名,笔试,演讲答辩,公司领导班子,相关中层干部,职工代表\n甲,25,30,12,8,8\n乙,27.5,28,11.5,8,7\n"));
        }

        CampaignDriver.ToCompletion(f, c.Id, nominees.Select(n => n.Id).ToList());
        return new DemoCampaign(c.Id, f.Nominations.Reserves().Select(r => r.Id).ToList());
    }
}
