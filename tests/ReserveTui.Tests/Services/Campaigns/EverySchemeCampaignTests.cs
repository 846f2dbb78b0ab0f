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
    private static readonly HashSet<string> Backward = ["withdraw", "not-select", "reject", "disqualify", "disqualify-registration", "cancel", "enter-directly"];

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
        foreach (var rule in n.Eligibility.Rules.Where(r => r.Outcome == RuleOutcome.Pending)) f.Nominations.Attest(n.Id, rule.RuleId);
        foreach (var rule in n.Eligibility.Rules.Where(r => r.Outcome == RuleOutcome.Fail && r.Kind == RuleKind.Relaxable)) f.Nominations.Relax(n.Id, rule.RuleId, "表现突出", "组织部部务会");
        // 述职 is a step where the scheme has one (a direct entrant has none to take); elsewhere it is only recorded.
        if (f.Nominations.ShowNomination(n.Id).Actions.FirstOrDefault(a => a.Id == Conventions.Debrief) is not { Permitted: false }) f.Nominations.Debrief(n.Id);
        f.Ballots.AddBallot(c.Id, "班子成员", ["甲"]);
        f.Nominations.Inspect(n.Id, 1m, 0m, 0m, "合格");
        f.Nominations.ReceiveDocuments(n.Id, CampaignFixture.Catalog.Get(scheme).Definition.RegistrationDocuments);
        f.Nominations.PassExam(n.Id);
        if (scheme == "enterprise")
        {
            using var dir = new TempDir();
            f.Scores.ImportScores(c.Id, dir.File("s.csv", "姓名,笔试,演讲答辩,公司领导班子,相关中层干部,职工代表\n甲,25,30,12,8,8\n"));
        }

        for (var step = 0; step < 40; step++)
        {
            n = f.Nominations.ShowNomination(n.Id);
            c = s.Show(c.Id);
            if (n.State == "admitted" && s.Show(c.Id).State == "completed") break;
            var forNominee = n.Actions.FirstOrDefault(a => a.Permitted && !Backward.Contains(a.Id) || (a.Permitted && a.Id == "enter-directly"));
            if (forNominee is not null && n.State != "admitted")
            {
                f.Nominations.ActNomination(n.Id, forNominee.Id);
                continue;
            }

            var forCampaign = c.Actions.FirstOrDefault(a => a.Permitted && !Backward.Contains(a.Id));
            if (forCampaign is not null)
            {
                s.Act(c.Id, forCampaign.Id);
                continue;
            }

            // Held back only by time (the notice period): let a day pass.
            Assert.True(c.Actions.Any(a => a.Reasons.Any(r => r.Contains("天"))) || n.Actions.Any(a => a.Reasons.Any(r => r.Contains("天"))),
                $"{scheme}: stuck at campaign {c.State} / nominee {n.State}: " + string.Join("；", c.Actions.Concat(n.Actions).SelectMany(a => a.Reasons)));
            f.Clock.Advance(TimeSpan.FromDays(1));
        }

        Assert.Equal("admitted", f.Nominations.ShowNomination(n.Id).State);
        Assert.Equal("completed", s.Show(c.Id).State);
        Assert.Equal(scheme, Assert.Single(f.Nominations.Reserves()).SchemeId);
    }
}
