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
        plan_approval = c.PlanApproval is { } a ? PlanApproval(a) : null,
        notice_contact = c.NoticeContact,
    };

    public static object PlanApproval(PlanApprovalView a) => new
    {
        approver = a.Approver, document = a.Document, on = a.On.ToString("yyyy-MM-dd"), by = a.By, at = a.At.ToUniversalTime().ToString("O"),
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
        records = n.Records.Select(Action),
        recorded = Recorded(n.Record),
    };

    private static object Recorded(NominationRecord r) => new
    {
        debriefed = r.Debriefed,
        debrief_note = r.DebriefNote,
        inspection = new { fit = r.FitShare, basically_fit = r.BasicallyFitShare, unfit = r.UnfitShare, conclusion = r.InspectionConclusion },
        reports = r.Reports.Select(x => new { number = x.Number, at = x.At, text = x.Text, status = x.Status, resolved_by = x.ResolvedBy }),
        documents = r.Documents,
        missing_documents = r.MissingDocuments,
        scores = r.Scores,
        exam_passed = r.ExamPassed,
        relaxations = r.Relaxations.Select(Decision),
        attestations = r.Attestations.Select(Decision),
        competed_rank = r.CompetedRank,
        action_notes = r.ActionNotes,
    };

    private static object Decision(DecisionView d) => new { rule = d.RuleId, reason = d.Reason, approver = d.Approver, by = d.By, at = d.At };

    private static object Action(ActionAvailability a) => new { id = a.Id, name = a.Name, permitted = a.Permitted, reasons = a.Reasons };
}
