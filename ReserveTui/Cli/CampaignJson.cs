using ReserveSdk;
using ReserveTui.Services.Campaigns;
using ReserveTui.Workflow;

namespace ReserveTui.Cli;

/// <summary>The JSON shapes of campaign and nomination reads (keys named in issue 4 are a contract).</summary>
internal static class CampaignJson
{
    public static object Campaign(CampaignView c) => new
    {
        id = c.Id,
        scheme = c.SchemeId,
        scheme_version = c.SchemeVersion,
        unit = c.Unit,
        year = c.Year,
        reference_date = c.ReferenceDate.ToString("yyyy-MM-dd"),
        state = c.State,
        state_name = c.StateName,
        version = c.Version,
        concentration_threshold = c.ConcentrationThreshold,
        actions = c.Actions.Select(Action),
        targets = c.Targets.Select(t => new { id = t.RuleId, status = t.Status.ToString().ToLowerInvariant(), target = t.Target, actual = t.Actual, gap = t.Gap, explanation = t.Explanation }),
        nominations = c.Nominations.Select(n => new { id = n.Id, name = n.Name, track = n.TrackId, state = n.State, verdict = Verdicts.Code(n.Eligibility.Verdict) }),
    };

    public static object Nomination(NominationView n) => new
    {
        id = n.Id,
        campaign = n.CampaignId,
        person = n.PersonId,
        name = n.Name,
        track = n.TrackId,
        channel = n.ChannelId,
        state = n.State,
        state_name = n.StateName,
        version = n.Version,
        verdict = Verdicts.Code(n.Eligibility.Verdict),
        vote_share = n.VoteShare,
        votes_concentrated = n.VotesConcentrated,
        rules = n.Eligibility.Rules.Select(r => new { id = r.RuleId, kind = r.Kind.ToString().ToLowerInvariant(), outcome = Verdicts.Code(r.Outcome), citation = r.Citation, explanation = r.Explanation }),
        actions = n.Actions.Select(Action),
    };

    private static object Action(ActionAvailability a) => new { id = a.Id, name = a.Name, permitted = a.Permitted, reasons = a.Reasons };
}
