using System.Globalization;
using ReserveSdk;
using ReserveTui.Storage;

namespace ReserveTui.Services.Campaigns;

/// <summary>The facts the workflows' guards read, computed from what is stored.</summary>
internal sealed partial class CampaignService
{
    private GuardContext CampaignGuards(CampaignRef c, IReadOnlyList<NominationDocument> nominations, IReadOnlyList<NominationView> views)
    {
        var final = c.Scheme.NomineeWorkflow.States.Where(s => s.IsFinal).Select(s => s.Id).ToHashSet();
        var active = nominations.Count(n => !final.Contains(n.State) || n.State == "admitted");
        var scoresComplete = c.Scheme.Scoring is { } model
            && nominations.Where(n => !final.Contains(n.State)).All(n => model.Validate(new ScoreSheet(n.PersonName, n.Scores)).Count == 0);
        var facts = new Dictionary<string, string>
        {
            [WorkflowFacts.Nominations] = Number(nominations.Count),
            [WorkflowFacts.ActiveNominations] = Number(active),
            [WorkflowFacts.Ballots] = Number(_repo.Ballots(c.Doc.Id).Count),
            [WorkflowFacts.ScoresComplete] = Flag(scoresComplete),
            [WorkflowFacts.AllNomineesDecided] = Flag(nominations.All(n => final.Contains(n.State))),
        };
        return new GuardContext(clock.GetLocalNow(), Marks(c.Doc.Marks), facts);
    }

    private NominationView View(CampaignRef c, NominationDocument n, IReadOnlyList<BallotDocument> ballots)
    {
        var report = Evaluate(c, n);
        var share = ballots.Count == 0 ? 0m : (decimal)ballots.Count(b => b.Choices.Contains(n.Id)) / ballots.Count;
        var concentrated = ballots.Count > 0 && share >= c.Doc.ConcentrationThreshold;
        var channel = c.Scheme.FindChannel(n.ChannelId);
        var track = c.Scheme.FindTrack(n.TrackId);
        var facts = new Dictionary<string, string>
        {
            [WorkflowFacts.Verdict] = Verdicts.Code(report.Verdict),
            [WorkflowFacts.Eligible] = Flag(report.Verdict is Verdict.Eligible or Verdict.EligibleWithRelaxation),
            [WorkflowFacts.Debriefed] = Flag(n.Debriefed),
            [WorkflowFacts.VoteShare] = share.ToString("0.####", CultureInfo.InvariantCulture),
            [WorkflowFacts.VotesConcentrated] = Flag(concentrated),
            [WorkflowFacts.Inspected] = Flag(!string.IsNullOrWhiteSpace(n.InspectionConclusion)),
            [WorkflowFacts.UnfitShare] = (n.UnfitShare ?? 0m).ToString("0.####", CultureInfo.InvariantCulture),
            [WorkflowFacts.ReportVerified] = Flag(n.Reports.Any(r => r.Status == "verified")),
            [WorkflowFacts.OpenReports] = Number(n.Reports.Count(r => r.Status == "open")),
            [WorkflowFacts.DocumentsComplete] = Flag(RegistrationDocuments.All.All(n.Documents.Contains)),
            [WorkflowFacts.Scored] = Flag(c.Scheme.Scoring is { } m && m.Validate(new ScoreSheet(n.PersonName, n.Scores)).Count == 0),
            [WorkflowFacts.PrincipalTrack] = Flag(track?.Level == PostLevel.Principal),
            [WorkflowFacts.DirectEntry] = Flag(channel?.DirectEntry == true),
            [WorkflowFacts.TrackId] = n.TrackId,
            [WorkflowFacts.ExamPassed] = Flag(n.ExamPassed),
            [WorkflowFacts.ChannelId] = n.ChannelId,
        };
        var engine = c.NomineeFlow;
        var actions = engine.Actions(n.State, NomineeGuards(n, facts));
        return new NominationView(n.Id, n.CampaignId, n.PersonId, n.PersonName, n.TrackId, track?.Name ?? n.TrackId, n.ChannelId,
            n.State, engine.StateName(n.State), n.Version, report, share, concentrated, actions, facts);
    }

    private EligibilityReport Evaluate(CampaignRef c, NominationDocument n)
    {
        var person = _people.Get(n.PersonId)?.Person ?? new Person { Name = n.PersonName };
        var context = new EvaluationContext(DateOnly.FromDateTime(c.Doc.ReferenceDate))
        {
            UnitKind = c.Unit?.Kind,
            Attested = n.Attestations.Select(a => a.RuleId).ToHashSet(),
            Relaxed = n.Relaxations.Select(r => r.RuleId).ToHashSet(),
        };
        return Eligibility.Evaluate(c.Scheme, n.TrackId, person, context);
    }

    private GuardContext NomineeGuards(NominationDocument n, IReadOnlyDictionary<string, string> facts) =>
        new(clock.GetLocalNow(), Marks(n.Marks), facts);

    // In the operator's time zone, so "7 days" counts the calendar days people see.
    private Dictionary<string, DateTimeOffset> Marks(Dictionary<string, DateTime> marks) =>
        marks.ToDictionary(m => m.Key, m => TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(m.Value.ToUniversalTime(), DateTimeKind.Utc)), clock.LocalTimeZone));

    private static string Flag(bool value) => value ? "true" : "false";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
