using System.Globalization;
using ReserveSdk;
using ReserveTui.Storage;
using ReserveTui.Workflow;

namespace ReserveTui.Services.Campaigns;

/// <summary>
/// The facts a campaign's workflows read, and the views built from them — computed from the data it is given
/// (the campaign, its nominations and ballots, a way to find a person, the clock) and nothing else: it reads no
/// repository and writes nothing, so every service and screen sees the same facts for the same data.
/// </summary>
internal sealed class CampaignFacts(CampaignRef campaign, IReadOnlyList<NominationDocument> nominations, IReadOnlyList<BallotDocument> ballots,
    Func<string, Person?> person, TimeProvider clock)
{
    private readonly CampaignRef _c = campaign;
    private readonly IReadOnlyList<NominationDocument> _nominations = nominations;
    private readonly IReadOnlyList<BallotDocument> _ballots = ballots;
    private readonly Func<string, Person?> _person = person;
    private readonly TimeProvider _clock = clock;
    private (HashSet<string> Ordered, IReadOnlyList<RankedCandidate> Ranking, Dictionary<string, NominationDocument> Scored)? _scoreOrder;

    public IReadOnlyList<NominationDocument> Nominations => _nominations;

    public IReadOnlyList<BallotDocument> Ballots => _ballots;

    /// <summary>Every nominee, in the stored order.</summary>
    public IReadOnlyList<NominationView> Nominees() => _nominations.Select(Nominee).ToList();

    /// <summary>The facts the campaign's own guards read.</summary>
    public GuardContext CampaignGuards()
    {
        var c = _c;
        var nominations = _nominations;
        var final = c.Scheme.NomineeWorkflow.States.Where(s => s.IsFinal).Select(s => s.Id).ToHashSet();
        var active = nominations.Count(n => !final.Contains(n.State) || n.State == Conventions.Admitted);
        var scoresComplete = c.Scheme.Scoring is { } model
            && nominations.Where(n => !final.Contains(n.State)).All(n => model.Validate(new ScoreSheet(n.PersonName, n.Scores)).Count == 0);
        var facts = new Dictionary<string, string>
        {
            [WorkflowFacts.Nominations] = Number(nominations.Count),
            [WorkflowFacts.ActiveNominations] = Number(active),
            [WorkflowFacts.Ballots] = Number(_ballots.Count),
            [WorkflowFacts.ScoresComplete] = Flag(scoresComplete),
            [WorkflowFacts.AllNomineesDecided] = Flag(nominations.All(n => final.Contains(n.State))),
            [WorkflowFacts.PlanApproved] = Flag(c.Doc.PlanApproval is not null),
        };
        return new GuardContext(_clock.GetLocalNow(), Marks(c.Doc.Marks), facts);
    }

    /// <summary>A nominee as the screens and verbs show it: verdict, facts, permitted and held-back actions and records.</summary>
    public NominationView Nominee(NominationDocument n)
    {
        var c = _c;
        var ballots = _ballots;
        var report = Evaluate(n);
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
            [WorkflowFacts.DocumentsComplete] = Flag(c.Scheme.RegistrationDocuments.All(n.Documents.Contains)),
            [WorkflowFacts.Scored] = Flag(c.Scheme.Scoring is { } m && m.Validate(new ScoreSheet(n.PersonName, n.Scores)).Count == 0),
            [WorkflowFacts.PrincipalTrack] = Flag(track?.Level == PostLevel.Principal),
            [WorkflowFacts.DirectEntry] = Flag(channel?.DirectEntry == true),
            [WorkflowFacts.TrackId] = n.TrackId,
            [WorkflowFacts.ExamPassed] = Flag(n.ExamPassed),
            [WorkflowFacts.ChannelId] = n.ChannelId,
            [WorkflowFacts.CampaignState] = c.Doc.State,
            [WorkflowFacts.AheadUndecided] = AheadUndecided(n),
        };
        var engine = c.NomineeFlow;
        var actions = engine.Actions(n.State, NomineeGuards(n, facts)).Where(a => Offered(n.State, a.Id)).ToList();
        return new NominationView(n.Id, n.CampaignId, n.PersonId, n.PersonName, n.TrackId, track?.Name ?? n.TrackId, n.ChannelId,
            n.State, engine.StateName(n.State), n.Version, report, share, concentrated, actions, facts, Recorded(c, n), Records(c, n)) { Marks = n.Marks };
    }

    private readonly Dictionary<string, HashSet<WorkflowAction>> _live = [];

    /// <summary>The nominee actions still possible while the campaign is in <paramref name="campaignState"/>: none of a stage it has left for good.</summary>
    private HashSet<WorkflowAction> Live(string campaignState)
    {
        if (_live.TryGetValue(campaignState, out var live)) return live;
        return _live[campaignState] = _c.Scheme.NomineeWorkflow.Actions
            .Where(d => !d.Guards.Any(g => g.Stage is { } stage && _c.CampaignFlow.IsPast(campaignState, stage))).ToHashSet();
    }

    /// <summary>Whether a nominee in <paramref name="state"/> can still reach the pool while the campaign is in <paramref name="campaignState"/>.</summary>
    private bool ReachesPool(string state, string campaignState) => WorkflowEngine.Reaches(Live(campaignState), state, Conventions.Admitted);

    private bool HasPool => _c.Scheme.NomineeWorkflow.States.Any(s => s.Id == Conventions.Admitted);

    /// <summary>
    /// Whether a nominee's action is still offered. A step of a stage the campaign has left for good (推荐 once the
    /// campaign is at 集体决定) is not, and neither is a step that leads nowhere any more (述职 then: nothing after it
    /// can still be taken on the way to the pool). Actions that end the path (退出, 未确定) always are. Held back with
    /// "须在民主推荐阶段" such steps would only be noise the operator can do nothing about.
    /// </summary>
    private bool Offered(string state, string actionId) => NotOffered(state, actionId) is null;

    /// <summary>
    /// Why a nominee's action in <paramref name="state"/> is no longer offered (see <see cref="Offered"/>), in words an
    /// operator can act on, or null when it is. The command line is refused with it, as the screen hides the step.
    /// </summary>
    public string? NotOffered(string state, string actionId)
    {
        var flow = _c.Scheme.NomineeWorkflow;
        var action = flow.Actions.FirstOrDefault(d => d.Id == actionId && d.From == state);
        if (action is null) return null;
        if (!Live(_c.Doc.State).Contains(action))
        {
            var stage = action.Guards.Select(g => g.Stage).First(s => s is not null && _c.CampaignFlow.IsPast(_c.Doc.State, s))!;
            return $"这一步属于“{_c.CampaignFlow.StateName(stage)}”阶段，批次已过该阶段";
        }

        return flow.State(action.To).IsFinal || !HasPool || ReachesPool(action.To, _c.Doc.State)
            ? null
            : $"批次已在“{_c.CampaignFlow.StateName(_c.Doc.State)}”，这一步之后已无法进入后备干部人才库";
    }

    /// <summary>
    /// How many nominees a campaign action moving to <paramref name="campaignState"/> would leave behind: on their way to
    /// the pool now, with no way there once the campaign has moved (结束推荐 before one has given the 述职).
    /// </summary>
    public int LeftBehindBy(string campaignState)
    {
        if (!HasPool || campaignState == _c.Doc.State) return 0;
        var flow = _c.Scheme.NomineeWorkflow;
        return _nominations.Count(n => !flow.State(n.State).IsFinal && ReachesPool(n.State, _c.Doc.State) && !ReachesPool(n.State, campaignState));
    }

    private static NominationRecord Recorded(CampaignRef c, NominationDocument n) => new(
        n.Debriefed, n.DebriefNote, n.FitShare, n.BasicallyFitShare, n.UnfitShare, n.InspectionConclusion,
        n.Reports.Select(r => new ReportView(r.Number, r.At, r.Text ?? "", r.Status, r.ResolvedBy) { Finding = r.Finding }).ToList(),
        n.Documents, c.Scheme.RegistrationDocuments.Except(n.Documents).ToList(), n.Scores, n.ExamPassed,
        n.Relaxations.Select(Decision).ToList(), n.Attestations.Select(Decision).ToList())
    {
        CompetedRank = n.CompetedRank is { } rank ? Terms.Chinese(rank) : null,
        ActionNotes = n.ActionNotes,
    };

    /// <summary>
    /// For schemes that decide in score order (<see cref="Guards.InScoreOrder"/>): the candidates ranked strictly above
    /// <paramref name="n"/> who are still undecided — not at an end state and not yet through the action the guard is on
    /// (its mark). Ties do not hold each other back. Empty when none, or when the scheme does not decide by score.
    /// </summary>
    private string AheadUndecided(NominationDocument n)
    {
        _scoreOrder ??= ScoreOrder();
        var (ordered, ranking, scored) = _scoreOrder.Value;
        if (ranking.FirstOrDefault(r => r.Candidate == n.Id) is not { } mine) return "";
        var final = _c.Scheme.NomineeWorkflow.States.Where(s => s.IsFinal).Select(s => s.Id).ToHashSet();
        var ahead = ranking.Where(r => r.Rank < mine.Rank)
            .Select(r => (Rank: r, Doc: scored[r.Candidate]))
            .Where(x => !final.Contains(x.Doc.State) && !ordered.Any(x.Doc.Marks.ContainsKey))
            .Select(x => $"{x.Doc.PersonName}（第{x.Rank.Rank}名，总分 {x.Rank.Total.ToString("0.##", CultureInfo.InvariantCulture)}）");
        return string.Join("、", ahead);
    }

    /// <summary>
    /// The steps taken in score order and the ranking of the candidates still in the running with complete scores —
    /// the same for every nominee of this campaign, so computed once per builder, not once per nominee.
    /// </summary>
    private (HashSet<string> Ordered, IReadOnlyList<RankedCandidate> Ranking, Dictionary<string, NominationDocument> Scored) ScoreOrder()
    {
        var ordered = _c.Scheme.NomineeWorkflow.Actions.Where(a => a.Guards.Any(g => g.Fact == WorkflowFacts.AheadUndecided)).Select(a => a.Id).ToHashSet();
        if (ordered.Count == 0 || _c.Scheme.Scoring is not { } model) return (ordered, [], []);
        var outStates = _c.Scheme.NomineeWorkflow.States.Where(s => s.IsFinal && s.Id != Conventions.Admitted).Select(s => s.Id).ToHashSet();
        var scored = _nominations.Where(x => !outStates.Contains(x.State) && model.Validate(new ScoreSheet(x.Id, x.Scores)).Count == 0).ToDictionary(x => x.Id);
        return (ordered, model.Rank(scored.Values.Select(x => new ScoreSheet(x.Id, x.Scores))), scored);
    }

    private static DecisionView Decision(RecordedDecision d) => new(d.RuleId, d.Reason, d.Approver, d.By ?? "", d.At);

    /// <summary>
    /// The records a nominee's workflow reads, offered like actions: only those the scheme's guards read
    /// (<see cref="Guard.Fact"/>), and held back, with the reason, when they cannot be recorded now.
    /// </summary>
    private IReadOnlyList<ActionAvailability> Records(CampaignRef c, NominationDocument n)
    {
        var reads = FactsRead(c.Scheme.NomineeWorkflow);
        var state = c.Scheme.NomineeWorkflow.State(n.State);
        var records = new List<ActionAvailability>();
        void Offer(string fact, string id, string name, string? heldBecause)
        {
            if (!reads.Contains(fact)) return;
            var reason = state.IsFinal ? Closed(n.PersonName, state.Name) : heldBecause;
            records.Add(new ActionAvailability(id, name, n.State, reason is null, reason is null ? [] : [reason]));
        }

        Offer(WorkflowFacts.Inspected, RecordIds.Inspection, "录入考察结果（民主测评、考察结论）", null);
        Offer(WorkflowFacts.OpenReports, RecordIds.Report, "登记公示举报", ReportRefusal(n));
        Offer(WorkflowFacts.OpenReports, RecordIds.Resolve, "核查举报", n.Reports.Any(r => r.Status == "open") ? null : "没有待核查的举报");
        Offer(WorkflowFacts.DocumentsComplete, RecordIds.Documents, "登记报名材料",
            c.Scheme.RegistrationDocuments.All(n.Documents.Contains) ? "报名材料已齐全" : null);
        Offer(WorkflowFacts.Scored, RecordIds.Scores, "录入成绩（笔试、演讲答辩、组织考察）", null);
        Offer(WorkflowFacts.ExamPassed, RecordIds.Exam, "记录考选合格", n.ExamPassed ? "已记录考选合格" : null);
        return records;
    }

    /// <summary>
    /// Nominations and recommendation ballots belong to the phase the publication opens (the target of the
    /// scheme's <c>publish</c> action: 民主推荐, 报名 …); before it nothing is public, after it the list is settled.
    /// Null when the campaign is in that phase, else why not, in Chinese.
    /// </summary>
    public static string? NotNominating(CampaignRef c)
    {
        var flow = c.Scheme.CampaignWorkflow;
        var phase = flow.Actions.FirstOrDefault(a => a.Id == Conventions.Publish)?.To;
        var state = flow.State(c.Doc.State);
        if (phase is null ? c.Doc.State != flow.Initial && !state.IsFinal : c.Doc.State == phase) return null;
        if (c.Doc.State == flow.Initial) return $"批次尚在“{state.Name}”，须先公布选拔方案（第一篇 3.一）";
        return phase is null ? $"批次已“{state.Name}”" : $"批次当前环节为“{state.Name}”，只在“{flow.State(phase).Name}”环节进行";
    }

    /// <summary>
    /// Why a nominee's scores can no longer change, or null: their path has ended, or the decision taken in score
    /// order (the step carrying <see cref="Guards.InScoreOrder"/>) has been made — the ranking behind it stays as it was.
    /// </summary>
    public static string? ScoresFixed(CampaignRef c, NominationDocument n)
    {
        var flow = c.Scheme.NomineeWorkflow;
        if (flow.State(n.State) is { IsFinal: true } end) return Closed(n.PersonName, end.Name);
        var decided = flow.Actions.Where(a => a.Guards.Any(g => g.Fact == WorkflowFacts.AheadUndecided)).FirstOrDefault(a => n.Marks.ContainsKey(a.Id));
        return decided is null ? null : $"{n.PersonName} 已“{decided.Name}”，成绩不能再改（依据总成绩次序确定后，排名须保持原样）";
    }

    /// <summary>Why nothing more is recorded for a nominee whose path has ended.</summary>
    public static string Closed(string name, string stateName) => $"{name} 的人选流程已结束（{stateName}），不再登记";

    /// <summary>The facts a workflow's guards read (<see cref="Guard.Fact"/>): what the scheme's procedure depends on.</summary>
    public static HashSet<string> FactsRead(WorkflowDefinition workflow) =>
        workflow.Actions.SelectMany(a => a.Guards).Select(g => g.Fact).OfType<string>().ToHashSet();

    /// <summary>
    /// Why no report (举报) can be registered for <paramref name="n"/> now, or null: reports are received during the
    /// notice — from the day the nominee is publicized through the period's last day, not after it has run out.
    /// </summary>
    public string? ReportRefusal(NominationDocument n)
    {
        if (!InNotice(_c, n)) return "只能在公示期间登记举报";
        // The period as the nominee's 公示无异议 waits it out: the workflow engine's dates, so screen and refusal agree.
        var guard = _c.Scheme.NomineeWorkflow.Actions.Where(a => a.From == n.State).SelectMany(a => a.Guards).FirstOrDefault(g => g.PeriodSince == Conventions.Publicize);
        var context = new GuardContext(_clock.GetLocalNow(), Marks(n.Marks), new Dictionary<string, string>());
        if (guard is null || _c.NomineeFlow.Period(guard, context) is not { } period) return null;
        return DateOnly.FromDateTime(context.Now.Date) >= period.Ready ? $"公示期已于 {period.Last:yyyy-MM-dd} 届满，不再登记公示举报" : null;
    }

    /// <summary>In the public notice: the nominee's state is one a verified report can disqualify from.</summary>
    public static bool InNotice(CampaignRef c, NominationDocument n) =>
        c.Scheme.NomineeWorkflow.Actions.Any(a => a.From == n.State && a.Id == Conventions.Disqualify);

    /// <summary>The nominee's rule-by-rule eligibility on the campaign's reference date, with what is recorded.</summary>
    public EligibilityReport Evaluate(NominationDocument n)
    {
        var c = _c;
        var person = _person(n.PersonId) ?? new Person { Name = n.PersonName };
        var context = new EvaluationContext(DateOnly.FromDateTime(c.Doc.ReferenceDate))
        {
            UnitKind = c.Unit?.Kind,
            Attested = n.Attestations.Select(a => a.RuleId).ToHashSet(),
            Relaxed = n.Relaxations.Select(r => r.RuleId).ToHashSet(),
        };
        return Eligibility.Evaluate(c.Scheme, n.TrackId, person, context);
    }

    public GuardContext NomineeGuards(NominationDocument n, IReadOnlyDictionary<string, string> facts) =>
        new(_clock.GetLocalNow(), Marks(n.Marks), facts);

    // In the operator's time zone, so "7 days" counts the calendar days people see.
    private Dictionary<string, DateTimeOffset> Marks(Dictionary<string, DateTime> marks) =>
        marks.ToDictionary(m => m.Key, m => Dates.Local(m.Value, _clock.LocalTimeZone));

    private static string Flag(bool value) => value ? "true" : "false";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
