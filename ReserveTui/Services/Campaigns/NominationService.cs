using ReserveSdk;
using ReserveTui.Hosting;
using ReserveTui.Plugins;
using ReserveTui.Storage;

namespace ReserveTui.Services.Campaigns;

/// <summary>
/// 人选 — a nominee's use cases: nominating through a channel, the workflow's steps, relaxations and attestations,
/// and the records the scheme's steps read (述职, 组织考察, reports, documents, scores, 考选). Admission files the
/// person into the reserve pool in the same change.
/// </summary>
internal sealed class NominationService(CampaignStore store)
{
    private readonly CampaignRepository _repo = store.Repo;
    private readonly ReserveDatabase database = store.Database;
    private readonly TimeProvider clock = store.Clock;
    private readonly string operatorName = store.OperatorName;

    /// <summary>
    /// Nominates a person on a track through a channel. A channel may name the only track it enters (the county's
    /// 选调生 → 副科级后备); a channel that records the rank of the post competed for (差额人选, 未录用的考察对象:
    /// "相应层次") needs <paramref name="competedRank"/>, and it must be the rank of the track's posts.
    /// </summary>
    public NominationView Nominate(string campaignId, string personRef, string trackRef, string channelRef, string? competedRank = null)
    {
        store.Access.EnsureCanWrite("提名");
        var id = database.Transaction(() =>
        {
            var c = store.Load(campaignId);
            var track = SchemeCatalog.GetTrack(c.Scheme, trackRef);
            var channel = c.Scheme.FindChannel(channelRef) ?? throw new ReserveException(ErrorCode.Usage,
                $"方案 {c.Scheme.Manifest.Id} 不接受“{channelRef}”渠道。可选：{string.Join("、", c.Scheme.Channels.Select(x => $"{x.Name}({x.Id})"))}");
            var rank = NominationChannels.Check(c.Scheme, track, channel, competedRank);
            var person = FindPerson(personRef);
            var existing = _repo.Nominations(campaignId);
            if (existing.Any(n => n.PersonId == person.Id && n.TrackId == track.Id))
                throw new ReserveException(ErrorCode.Refused, $"{person.Person.Name} 已是本批次“{track.Name}”的人选");
            if (CampaignFacts.NotNominating(c) is { } why) throw new ReserveException(ErrorCode.Refused, $"不能提名：{why}");
            var doc = new NominationDocument
            {
                Id = CampaignRepository.NewId(), CampaignId = campaignId, PersonId = person.Id, PersonName = person.Person.Name,
                TrackId = track.Id, ChannelId = channel.Id, State = c.Scheme.NomineeWorkflow.Initial, CompetedRank = rank,
            };
            _repo.Insert(doc);
            store.Audit("nomination.new", CampaignStore.Subject(doc), new { person = doc.PersonName, track = track.Id, channel = channel.Id, competed_rank = rank is { } r ? Terms.Chinese(r) : null });
            return doc.Id;
        });
        return ShowNomination(id);
    }

    /// <summary>
    /// Who may be nominated into the campaign, and on what: the people of its unit and the units under it (those the
    /// operator sees), each with a verdict for every track on the reference date — eligible first, then needing a
    /// relaxation, then waiting for attestation, then the rest; by name within each.
    /// </summary>
    /// <param name="personId">Only this person (nominating from their file), whether or not of the campaign's units.</param>
    public NominationChoices Choices(string campaignId, string? personId = null)
    {
        var c = store.Load(campaignId);
        var units = store.Units.All();
        var scope = UnitTree.NamesBelow(units, c.Doc.UnitName);
        var taken = _repo.Nominations(campaignId).Select(n => (n.PersonId, n.TrackId)).ToHashSet();
        var tracks = c.Scheme.Tracks.Select(t => new TrackChoice(t.Id, t.Name, t.Rank,
            c.Scheme.Channels.Where(ch => ch.Admits(t.Id)).Select(ch => new ChannelChoice(ch.Id, ch.Name, ch.RecordsCompetedRank)).ToList())).ToList();
        var on = DateOnly.FromDateTime(c.Doc.ReferenceDate);
        // As the nominee will be judged once nominated (CampaignFacts.Evaluate): the campaign's unit kind.
        var context = new EvaluationContext(on) { UnitKind = c.Unit?.Kind };
        // People whose roster named no unit belong to no campaign's scope, yet an administrator may nominate them (as
        // the command line does): they are listed too, after the unit's own people of the same verdict.
        var listed = personId is null ? store.People.InUnits(scope).Where(p => store.Access.Sees(p.Person.Unit)).Concat(store.Access.Units is null ? store.People.WithoutUnit() : [])
            : store.VisiblePerson(personId) is { } one ? [one] : throw new ReserveException(ErrorCode.NotFound, $"未找到人员 {personId}");
        var people = listed.Select(p =>
        {
            var verdicts = c.Scheme.Tracks.Select(t =>
            {
                var report = Eligibility.Evaluate(c.Scheme, t.Id, p.Person, context);
                return new CandidateVerdict(t.Id, t.Name, report.Verdict, report.Rules.Where(r => r.Outcome != RuleOutcome.Pass).ToList(), taken.Contains((p.Id, t.Id)));
            }).ToList();
            var idNumber = store.Access.SeesIdNumberOf(p.Person.Unit) ? p.Person.IdNumber : null;
            return new Candidate(p.Id, p.Person.Name, p.Person.Unit, p.Person.BirthDate, idNumber, verdicts);
        });
        return new NominationChoices(tracks, people.OrderBy(p => p.Rank).ThenBy(p => string.IsNullOrEmpty(p.Unit)).ThenBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.BirthDate).ToList());
    }

    public NominationView ShowNomination(string id) => store.ShowNomination(id);

    /// <summary>Takes a nominee's workflow action; admission also files the person into the reserve pool.</summary>
    public NominationView ActNomination(string id, string action, string? note = null, int? expectedVersion = null) =>
        Change(id, expectedVersion, "nomination.act", recording: false, change: (c, n) => Step(c, n, action, note));

    /// <summary>A workflow step of the nominee, inside the caller's transaction: guards, state, mark, note, admission.</summary>
    private object Step(CampaignRef c, NominationDocument n, string action, string? note)
    {
        var facts = store.Facts(c);
        var view = facts.Nominee(n);
        var taken = c.Scheme.NomineeWorkflow.FindActions(action).FirstOrDefault(a => a.From == n.State);
        if (taken is { NoteRequired: true } && string.IsNullOrWhiteSpace(note))
            throw new ReserveException(ErrorCode.Usage, $"{n.PersonName}：“{taken.Name}”须写明理由");
        note = OperatorInput.Note(note, "理由", required: false);
        // A step the screen no longer offers (its stage is over, or nothing after it leads to the pool) is refused here too.
        if (taken is not null && facts.NotOffered(n.State, taken.Id) is { } why)
            throw new ReserveException(ErrorCode.Refused, $"{n.PersonName}：不能执行“{taken.Name}”：{why}", [why]);
        var result = c.NomineeFlow.Fire(n.State, action, facts.NomineeGuards(n, view.Facts));
        if (!result.Done)
        {
            var named = c.Scheme.NomineeWorkflow.FindActions(action).FirstOrDefault()?.Name ?? action;
            throw new ReserveException(ErrorCode.Refused, $"{n.PersonName}：不能执行“{named}”：{string.Join("；", result.Reasons)}", result.Reasons);
        }

        var from = n.State;
        n.State = result.State;
        n.Marks[result.ActionId!] = clock.GetUtcNow().UtcDateTime;
        if (!string.IsNullOrWhiteSpace(note)) n.ActionNotes[result.ActionId!] = note.Trim();
        if (result.ActionId == Conventions.Debrief) (n.Debriefed, n.DebriefNote) = (true, Clean(note));
        if (result.State == Conventions.Admitted) Admit(c, n);
        return new { action = result.ActionId, from, to = result.State, note };
    }

    /// <summary>放宽: only a relaxable rule that the nominee fails can be relaxed, with a reason and an approver.</summary>
    public NominationView Relax(string id, string ruleId, string reason, string approver, int? expectedVersion = null) =>
        Change(id, expectedVersion, "nomination.relax", (c, n) =>
        {
            if (string.IsNullOrWhiteSpace(reason) || string.IsNullOrWhiteSpace(approver)) throw new ReserveException(ErrorCode.Usage, "放宽须写明理由和批准人");
            reason = OperatorInput.Note(reason, "放宽理由", required: true)!;
            approver = OperatorInput.Line(approver, "批准人", Import.TextSafety.NameLimit);
            var rule = store.Facts(c).Evaluate(n).Rules.FirstOrDefault(r => r.RuleId == ruleId) ?? throw new ReserveException(ErrorCode.NotFound, $"该人选的类别没有规则 {ruleId}");
            if (rule.Kind != RuleKind.Relaxable) throw new ReserveException(ErrorCode.Refused, $"规则 {ruleId}（{Verdicts.Chinese(rule.Kind)}）不可放宽");
            if (rule.Outcome != RuleOutcome.Fail) throw new ReserveException(ErrorCode.Refused, $"规则 {ruleId} 当前为“{Verdicts.Chinese(rule.Outcome)}”，无需放宽");
            n.Relaxations.Add(new RecordedDecision { RuleId = ruleId, Reason = reason, Approver = approver, By = operatorName, At = clock.GetUtcNow().UtcDateTime });
            return new { rule = ruleId, reason, approver };
        });

    /// <summary>认定: an attested condition (or a hard rule whose condition waits for attestation) is attested by the operator.</summary>
    public NominationView Attest(string id, string ruleId, string? note = null, int? expectedVersion = null) =>
        Change(id, expectedVersion, "nomination.attest", (c, n) =>
        {
            var rule = store.Facts(c).Evaluate(n).Rules.FirstOrDefault(r => r.RuleId == ruleId) ?? throw new ReserveException(ErrorCode.NotFound, $"该人选的类别没有规则 {ruleId}");
            if (rule.Outcome != RuleOutcome.Pending) throw new ReserveException(ErrorCode.Refused, $"规则 {ruleId} 当前为“{Verdicts.Chinese(rule.Outcome)}”，不需要认定");
            n.Attestations.Add(new RecordedDecision { RuleId = ruleId, Reason = Clean(note), By = operatorName, At = clock.GetUtcNow().UtcDateTime });
            return new { rule = ruleId, note };
        });

    /// <summary>
    /// 述职 (第一篇 3.二), one use case whichever way it is asked for (<c>nomination debrief</c>, <c>nomination act
    /// … debrief</c>, the screen's form): where the scheme's workflow has the 述职 step from the nominee's state it is
    /// taken, with the note recorded in the same change; a scheme without that step just records it.
    /// </summary>
    public NominationView Debrief(string id, string? note = null, int? expectedVersion = null) =>
        // Decided inside the transaction, after the version check: a concurrent step cannot send it down the wrong path.
        Change(id, expectedVersion, (c, n) =>
        {
            if (c.Scheme.NomineeWorkflow.Actions.Any(a => a.Id == Conventions.Debrief && a.From == n.State))
                return ("nomination.act", Step(c, n, Conventions.Debrief, note));
            if (c.Scheme.NomineeWorkflow.State(n.State).IsFinal)
                throw new ReserveException(ErrorCode.Refused, CampaignFacts.Closed(n.PersonName, c.Scheme.NomineeWorkflow.State(n.State).Name));
            (n.Debriefed, n.DebriefNote) = (true, Clean(note));
            return ("nomination.debrief", new { note = n.DebriefNote });
        }, recording: false);

    private static string? Clean(string? note) => OperatorInput.Note(note, "备注", required: false);

    /// <summary>组织考察: 民主测评 shares (称职 / 基本称职 / 不称职, each 0–1, together at most 1) and the conclusion.</summary>
    public NominationView Inspect(string id, decimal fit, decimal basicallyFit, decimal unfit, string conclusion, int? expectedVersion = null) =>
        Change(id, expectedVersion, "nomination.inspect", (_, n) =>
        {
            if (new[] { fit, basicallyFit, unfit }.Any(x => x < 0 || x > 1) || fit + basicallyFit + unfit > 1.0001m)
                throw new ReserveException(ErrorCode.Usage, "民主测评的称职、基本称职、不称职比例应在 0 到 1 之间，合计不超过 1");
            conclusion = OperatorInput.Note(conclusion, "考察结论", required: true)!;
            (n.FitShare, n.BasicallyFitShare, n.UnfitShare, n.InspectionConclusion) = (fit, basicallyFit, unfit, conclusion);
            return new { fit, basically_fit = basicallyFit, unfit, conclusion };
        });

    /// <summary>A report (举报) received during the notice.</summary>
    public NominationView Report(string id, string text, int? expectedVersion = null) =>
        Change(id, expectedVersion, "nomination.report", (c, n) =>
        {
            text = OperatorInput.Note(text, "举报内容", required: true)!;
            if (!CampaignFacts.InNotice(c, n))
                throw new ReserveException(ErrorCode.Refused, $"{n.PersonName} 当前不在公示期，不能登记公示举报");
            if (store.Facts(c).ReportRefusal(n) is { } why) throw new ReserveException(ErrorCode.Refused, $"{n.PersonName}：{why}");
            var number = n.Reports.Count + 1;
            n.Reports.Add(new NoticeReport { Number = number, At = clock.GetUtcNow().UtcDateTime, Text = text });
            return new { number, text };
        });

    /// <summary>The check of a report: verified (一经查实) or unfounded, with what the check found.</summary>
    public NominationView ResolveReport(string id, int number, bool verified, string finding, int? expectedVersion = null) =>
        Change(id, expectedVersion, "nomination.report.resolve", (_, n) =>
        {
            var found = OperatorInput.Note(finding, "核查情况", required: true)!;
            var report = n.Reports.FirstOrDefault(r => r.Number == number) ?? throw new ReserveException(ErrorCode.NotFound, $"没有第 {number} 号举报");
            if (report.Status != "open") throw new ReserveException(ErrorCode.Refused, $"第 {number} 号举报已核查");
            report.Status = verified ? "verified" : "unfounded";
            report.ResolvedBy = operatorName;
            report.Finding = found;
            return new { number, verified, finding = found };
        });

    /// <summary>Registration documents received (enterprise).</summary>
    public NominationView ReceiveDocuments(string id, IReadOnlyList<string> documents, int? expectedVersion = null) =>
        Change(id, expectedVersion, "nomination.documents", (c, n) =>
        {
            var unknown = documents.Where(d => !c.Scheme.RegistrationDocuments.Contains(d)).ToList();
            if (unknown.Count > 0) throw new ReserveException(ErrorCode.Usage, $"未知的报名材料：{string.Join("、", unknown)}（可填：{string.Join("、", c.Scheme.RegistrationDocuments)}）");
            n.Documents = n.Documents.Union(documents).ToList();
            return new { documents };
        });

    /// <summary>One nominee's score sheet (enterprise), every part within its maximum, or nothing is written.</summary>
    public NominationView RecordScores(string id, IReadOnlyDictionary<string, decimal> points, int? expectedVersion = null) =>
        Change(id, expectedVersion, "nomination.scores", (c, n) =>
        {
            var model = c.Scheme.Scoring ?? throw new ReserveException(ErrorCode.Refused, $"方案 {c.Scheme.Manifest.Id} 没有计分办法");
            if (CampaignFacts.ScoresFixed(c, n) is { } fixedWhy) throw new ReserveException(ErrorCode.Refused, fixedWhy);
            var problems = model.Validate(new ScoreSheet(n.PersonName, points));
            if (problems.Count > 0) throw new ReserveException(ErrorCode.BadInput, $"成绩有 {problems.Count} 处错误，未写入：{string.Join("；", problems)}");
            n.Scores = points.ToDictionary();
            return new { scores = points };
        });

    /// <summary>考选 passed (county).</summary>
    public NominationView PassExam(string id, int? expectedVersion = null) =>
        Change(id, expectedVersion, "nomination.exam", (_, n) =>
        {
            n.ExamPassed = true;
            return new { passed = true };
        });

    public IReadOnlyList<ReserveDocument> Reserves() => _repo.Reserves();

    /// <summary>
    /// One versioned change to a nominee, audited. <paramref name="recording"/> changes (relaxations, inspection,
    /// reports, documents, scores …) stop when the nominee's path has ended; workflow actions are left to the
    /// workflow, which says itself what a final state allows.
    /// </summary>
    private NominationView Change(string id, int? expectedVersion, string auditAction, Func<CampaignRef, NominationDocument, object> change, bool recording = true) =>
        Change(id, expectedVersion, (c, n) => (auditAction, change(c, n)), recording);

    /// <summary>One versioned change whose record entry depends on what the change turned out to be.</summary>
    private NominationView Change(string id, int? expectedVersion, Func<CampaignRef, NominationDocument, (string AuditAction, object Data)> change, bool recording)
    {
        store.Access.EnsureCanWrite("办理人选事项");
        database.Transaction(() =>
        {
            var n = store.Nomination(id);
            var c = store.Load(n.CampaignId);
            var version = expectedVersion ?? n.Version;
            VersionedSave.Check(version, n.Version);
            if (recording && c.Scheme.NomineeWorkflow.State(n.State) is { IsFinal: true } final)
                throw new ReserveException(ErrorCode.Refused, CampaignFacts.Closed(n.PersonName, final.Name));
            var (auditAction, data) = change(c, n);
            _repo.Update(n, version);
            store.Audit(auditAction, CampaignStore.Subject(n), data);
            return 0;
        });
        return ShowNomination(id);
    }

    private void Admit(CampaignRef c, NominationDocument n)
    {
        var on = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var rules = c.Scheme.Management;
        _repo.Insert(new ReserveDocument
        {
            Id = CampaignRepository.NewId(), PersonId = n.PersonId, PersonName = n.PersonName, SchemeId = c.Doc.SchemeId, TrackId = n.TrackId,
            CampaignId = c.Doc.Id, NominationId = n.Id, ChannelId = n.ChannelId, AdmittedOn = Utc(on),
            PeriodEnd = rules.PeriodEnd(on) is { } end ? Utc(end) : null, TrainingEnd = Utc(rules.TrainingEnd(on)),
        });
    }

    private static DateTime Utc(DateOnly d) => d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    private StoredPerson FindPerson(string personRef) => store.FindPerson(personRef);
}
