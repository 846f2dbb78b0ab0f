using ReserveSdk;
using ReserveTui.Services.Campaigns;

namespace ReserveTui.Tests.Services.Campaigns;

/// <summary>
/// Drives a published campaign to its end through the services, as an operator would: records what each step needs
/// (attestations, relaxations, 述职, inspection, documents, exam), takes the first forward action the workflow
/// permits — for a nominee first, else for the campaign — and lets a day pass only when a time guard holds it back.
/// </summary>
internal static class CampaignDriver
{
    private static readonly HashSet<string> Backward = ["withdraw", "not-select", "reject", "disqualify", "disqualify-registration", "cancel", "enter-directly"];

    /// <summary>Everything a nominee's steps read, recorded up front.</summary>
    public static void Prepare(CampaignFixture f, string scheme, NominationView n)
    {
        foreach (var rule in n.Eligibility.Rules.Where(r => r.Outcome == RuleOutcome.Pending)) f.Nominations.Attest(n.Id, rule.RuleId);
        foreach (var rule in n.Eligibility.Rules.Where(r => r.Outcome == RuleOutcome.Fail && r.Kind == RuleKind.Relaxable)) f.Nominations.Relax(n.Id, rule.RuleId, "表现突出", "组织部部务会");
        // 述职 is a step where the scheme has one (a direct entrant has none to take); elsewhere it is only recorded.
        if (f.Nominations.ShowNomination(n.Id).Actions.FirstOrDefault(a => a.Id == Conventions.Debrief) is not { Permitted: false }) f.Nominations.Debrief(n.Id);
        f.Nominations.Inspect(n.Id, 1m, 0m, 0m, "合格");
        f.Nominations.ReceiveDocuments(n.Id, CampaignFixture.Catalog.Get(scheme).Definition.RegistrationDocuments);
        f.Nominations.PassExam(n.Id);
    }

    /// <summary>Takes steps until every nominee is admitted and the campaign completed; fails with where it got stuck.</summary>
    public static void ToCompletion(CampaignFixture f, string campaignId, IReadOnlyList<string> nominationIds)
    {
        var s = f.Service;
        for (var step = 0; step < 80; step++)
        {
            var nominees = nominationIds.Select(f.Nominations.ShowNomination).ToList();
            var c = s.Show(campaignId);
            if (nominees.All(n => n.State == "admitted") && c.State == "completed") return;
            var forNominee = nominees.Where(n => n.State != "admitted")
                .Select(n => (n, a: n.Actions.FirstOrDefault(a => a.Permitted && (!Backward.Contains(a.Id) || a.Id == "enter-directly"))))
                .FirstOrDefault(x => x.a is not null);
            if (forNominee.a is not null)
            {
                f.Nominations.ActNomination(forNominee.n.Id, forNominee.a.Id);
                continue;
            }

            var forCampaign = c.Actions.FirstOrDefault(a => a.Permitted && !Backward.Contains(a.Id));
            if (forCampaign is not null)
            {
                s.Act(campaignId, forCampaign.Id);
                continue;
            }

            // Held back only by time (the notice period): let a day pass.
            Assert.True(c.Actions.Any(a => a.Reasons.Any(r => r.Contains("天"))) || nominees.Any(n => n.Actions.Any(a => a.Reasons.Any(r => r.Contains("天")))),
                $"stuck at campaign {c.State} / nominees {string.Join(",", nominees.Select(n => n.State))}: " + string.Join("；", c.Actions.Concat(nominees.SelectMany(n => n.Actions)).SelectMany(a => a.Reasons)));
            f.Clock.Advance(TimeSpan.FromDays(1));
        }

        Assert.Fail("the campaign did not complete in 80 steps");
    }
}
