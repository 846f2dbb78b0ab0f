using ReserveSdk;
using ReserveTui.Hosting;
using ReserveTui.Services.Campaigns;
using ReserveTui.Storage;

namespace ReserveTui.Services.Pool;

/// <summary>
/// The reserve pool (后备干部人才库): the list with its filters, one reserve's file, the entries recorded in it,
/// removal and promotion, and the scheme's quantity and structure rules applied to the pool as it stands. The
/// management rules apply by themselves on the clock, with no background job: a lapse is recorded the first time
/// the pool is read on or after the period's end.
/// </summary>
internal sealed class PoolService(CampaignStore store)
{
    /// <summary>Longest note, summary or post accepted.</summary>
    public const int TextLimit = 2000;

    private DateOnly Today => DateOnly.FromDateTime(store.Clock.GetLocalNow().DateTime);

    public IReadOnlyList<ReserveRow> List(PoolFilter filter, bool dueReview = false, int? periodEndsWithinDays = null)
    {
        var status = filter.Status is null ? null : ReserveStatuses.Parse(filter.Status);
        var units = filter.Unit is null ? null : UnitTree.NamesBelow(store.Units.All(), filter.Unit);
        if (filter.Scheme is not null && store.Catalog.Find(filter.Scheme) is null)
            throw new ReserveException(ErrorCode.NotFound, $"未找到方案“{OperatorInput.Echo(filter.Scheme)}”");
        if (periodEndsWithinDays is < 0) throw new ReserveException(ErrorCode.Usage, "--period-ends-within 应为不小于 0 的天数");
        RecordLapses();
        var today = Today;
        var reserves = store.Repo.Reserves()
            .Where(r => filter.Scheme is null || r.SchemeId == filter.Scheme)
            .Where(r => status is null || r.Status == status)
            .ToList();
        var people = store.People.Get(reserves.Select(r => r.PersonId).ToList());
        return reserves
            .Select(r => Row(r, people.GetValueOrDefault(r.PersonId), today))
            .Where(r => units is null || (r.Unit is not null && units.Contains(r.Unit)))
            .Where(r => store.Access.Sees(r.Unit))
            .Where(r => filter.Track is null || r.TrackId == filter.Track || r.TrackName == filter.Track)
            .Where(r => !dueReview || r.ReviewDue)
            .Where(r => periodEndsWithinDays is null || (r.Status == ReserveStatuses.InPool && r.PeriodEnd is { } end && end.DayNumber - today.DayNumber <= periodEndsWithinDays))
            .OrderBy(r => r.Unit ?? "", StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.AdmittedOn)
            .ToList();
    }

    public ReserveFile Show(string id)
    {
        RecordLapses();
        var doc = Load(id);
        var today = Today;
        var person = store.People.Get(doc.PersonId)?.Person;
        var row = Row(doc, person, today);
        // A direct entry has no campaign (LiteDB reads the empty id back as null).
        var campaign = string.IsNullOrEmpty(doc.CampaignId) ? null : store.Repo.Campaign(doc.CampaignId);
        var nomination = string.IsNullOrEmpty(doc.NominationId) ? null : store.Repo.Nomination(doc.NominationId);
        var scheme = store.Catalog.Find(doc.SchemeId)?.Definition;
        var channelId = doc.ChannelId ?? nomination?.ChannelId;
        var rules = scheme?.Management ?? new ManagementRules();
        var history = History(doc);
        return new ReserveFile(row, person, campaign?.UnitName, campaign?.Year,
            channelId is null ? null : scheme?.FindChannel(channelId)?.Name ?? channelId, history)
        {
            HistoryLines = history.Select(h => $"{h.At:yyyy-MM-dd HH:mm}{h.JudgedNote} {h.Operator} {HistoryText.Describe(h, scheme)}").ToList(),
            Records = doc.Records.Select(View).ToList(),
            PromotionBlockers = row.Status == ReserveStatuses.InPool ? rules.PromotionBlockers(row.AdmittedOn, today, ExamPassed(doc)) : [],
            Proposals = row.Status == ReserveStatuses.InPool && scheme is not null ? Proposals(doc, scheme, person, today) : [],
            RemovalReasons = rules.RemovalReasons.Select(r => new RemovalChoice(r.Id, r.Text, r.Citation, r.NoteRequired)).ToList(),
            TrainingForms = rules.TrainingForms,
            Removal = doc.RemovalReasonId is null ? null
                : (rules.RemovalReasons.FirstOrDefault(r => r.Id == doc.RemovalReasonId)?.Text ?? doc.RemovalReasonId) + (doc.RemovalNote is null ? "" : "：" + doc.RemovalNote),
            Promotion = doc.PromotedPost,
        };
    }

    /// <summary>
    /// 直接列为后备: where the scheme allows it (county 选调生, 差额人选, 未录用的考察对象), a person enters the pool
    /// without a campaign, by a direct-entry channel, under the same rules as a direct-entry nomination: the channel's
    /// only track, and the rank of the post competed for where the channel records one.
    /// </summary>
    public ReserveFile AddDirect(string personRef, string schemeId, string trackRef, string channelRef, string? competedRank = null, DateOnly? on = null)
    {
        store.Access.EnsureCanWrite("列入后备");
        var id = store.Database.Transaction(() =>
        {
            var scheme = store.Catalog.Get(schemeId).Definition;
            var track = Plugins.SchemeCatalog.GetTrack(scheme, trackRef);
            var channel = scheme.FindChannel(channelRef) ?? throw new ReserveException(ErrorCode.Usage,
                $"方案 {scheme.Manifest.Id} 没有“{OperatorInput.Echo(channelRef)}”渠道。可直接列为后备的：{string.Join("、", scheme.Channels.Where(x => x.DirectEntry).Select(x => $"{x.Name}({x.Id})").DefaultIfEmpty("（无）"))}");
            if (!channel.DirectEntry)
                throw new ReserveException(ErrorCode.Refused, $"“{channel.Name}”不是直接列为后备的渠道：经推荐、考察的人选须通过选拔批次纳入后备干部队伍");
            var rank = NominationChannels.Check(scheme, track, channel, competedRank);
            var person = store.FindPerson(personRef);
            if (store.Repo.Reserves().Any(r => r.PersonId == person.Id && r.SchemeId == scheme.Manifest.Id && r.TrackId == track.Id && r.Status == ReserveStatuses.InPool))
                throw new ReserveException(ErrorCode.Refused, $"{person.Person.Name} 已在库（{track.Name}）");
            var day = Day(on, "列入日期");
            var doc = new ReserveDocument
            {
                Id = CampaignRepository.NewId(), PersonId = person.Id, PersonName = person.Person.Name, SchemeId = scheme.Manifest.Id, TrackId = track.Id,
                CampaignId = "", NominationId = "", ChannelId = channel.Id, AdmittedOn = Utc(day),
                TrainingEnd = Utc(scheme.Management.TrainingEnd(day)), PeriodEnd = scheme.Management.PeriodEnd(day) is { } end ? Utc(end) : null,
            };
            store.Repo.Insert(doc);
            store.Audit("pool.add", Subject(doc.Id), new { person = doc.PersonName, track = track.Id, channel = channel.Id, competed_rank = rank is { } k ? Terms.Chinese(k) : null, on = day });
            return doc.Id;
        });
        return Show(id);
    }

    /// <summary>Adds an entry to a reserve's file (in the pool only), audited; a stale view is refused.</summary>
    public ReserveFile Record(string id, PoolRecordInput input, int? expectedVersion = null)
    {
        var kind = PoolRecordKinds.Parse(input.Kind);
        Change(id, expectedVersion, r =>
        {
            var on = Day(input.On, "记录日期");
            NotBeforeAdmission(r, on, "记录日期");
            var entry = new PoolRecordDocument { Kind = kind, On = Utc(on), By = store.OperatorName, At = store.Clock.GetUtcNow().UtcDateTime };
            var text = Text(input.Text, "内容");
            switch (kind)
            {
                case PoolRecordKinds.Training:
                    entry.Form = Text(input.Form, "培养方式") ?? throw new ReserveException(ErrorCode.Usage, "培养记录须写明培养方式（如挂职、轮岗、党校学习）");
                    entry.Text = text;
                    break;
                case PoolRecordKinds.Appraisal:
                    var shares = new[] { input.FitShare, input.BasicallyFitShare, input.UnfitShare };
                    if (shares.Any(s => s is null)) throw new ReserveException(ErrorCode.Usage, "考核须录入称职、基本称职、不称职三项比例");
                    if (shares.Any(s => s is < 0 or > 1)) throw new ReserveException(ErrorCode.Usage, "比例应在 0 到 100% 之间");
                    if (shares.Sum(s => s!.Value) > 1.0001m) throw new ReserveException(ErrorCode.Usage, "三项比例之和不能超过 100%");
                    (entry.FitShare, entry.BasicallyFitShare, entry.UnfitShare, entry.Text) = (input.FitShare, input.BasicallyFitShare, input.UnfitShare, text);
                    break;
                case PoolRecordKinds.Talk:
                    entry.Who = Text(input.Who, "谈话人") ?? throw new ReserveException(ErrorCode.Usage, "谈心谈话须写明谈话人");
                    entry.Text = text ?? throw new ReserveException(ErrorCode.Usage, "谈心谈话须写明谈话内容摘要");
                    break;
                case PoolRecordKinds.Report:
                    entry.Form = Text(input.Form, "报告事项") ?? throw new ReserveException(ErrorCode.Usage, $"须写明报告事项（如{string.Join("、", PoolRecordKinds.ReportMatters)}）");
                    entry.Text = text;
                    break;
                default:
                    if (input.Passed is null) throw new ReserveException(ErrorCode.Usage, "理论考试须写明是否合格");
                    if (input.Score is < 0 or > 100) throw new ReserveException(ErrorCode.Usage, "考试分数应在 0 到 100 之间");
                    (entry.Score, entry.Passed, entry.Text) = (input.Score, input.Passed, text);
                    break;
            }

            r.Records.Add(entry);
            // Stable: entries of one day keep the order they were made in.
            r.Records = r.Records.OrderBy(x => x.On).ToList();
            return ("pool.record", new { kind, on = StoredDay(entry.On), entry.Text, entry.Form, entry.Who, fit = entry.FitShare, basic = entry.BasicallyFitShare, unfit = entry.UnfitShare, entry.Score, entry.Passed });
        });
        return Show(id);
    }

    /// <summary>调整出库 for one of the scheme's reasons (an open reason needs a note); from the pool only, audited.</summary>
    public ReserveFile Remove(string id, string reasonId, string? note, DateOnly? on = null, int? expectedVersion = null)
    {
        Change(id, expectedVersion, r =>
        {
            var rules = Scheme(r).Management;
            var reason = rules.RemovalReasons.FirstOrDefault(x => x.Id == reasonId || x.Text == reasonId)
                ?? throw new ReserveException(ErrorCode.Usage, $"调整原因“{OperatorInput.Echo(reasonId)}”不在方案所列之中（可用：{string.Join("；", rules.RemovalReasons.Select(x => $"{x.Id} {x.Text}"))}）");
            var text = Text(note, "情况说明");
            if (reason.NoteRequired && text is null) throw new ReserveException(ErrorCode.Usage, $"“{reason.Text}”须写明具体情况");
            var day = Day(on, "调整日期");
            NotBeforeAdmission(r, day, "调整日期");
            (r.Status, r.RemovedOn, r.RemovalReasonId, r.RemovalNote) = (ReserveStatuses.Removed, Utc(day), reason.Id, text);
            return ("pool.remove", new { reason = reason.Id, reason_text = reason.Text, note = text, on = day });
        });
        return Show(id);
    }

    /// <summary>提拔使用: held back with the scheme's reasons (培养期, 理论考试, 期满) and the first day allowed.</summary>
    public ReserveFile Promote(string id, string post, DateOnly? on = null, int? expectedVersion = null)
    {
        Change(id, expectedVersion, r =>
        {
            var day = Day(on, "提拔日期");
            NotBeforeAdmission(r, day, "提拔日期");
            var blockers = Scheme(r).Management.PromotionBlockers(StoredDay(r.AdmittedOn), day, ExamPassed(r));
            if (blockers.Count > 0) throw new ReserveException(ErrorCode.Refused, $"不能提拔使用 {r.PersonName}：{string.Join("；", blockers)}", blockers);
            var text = Text(post, "任用职务") ?? throw new ReserveException(ErrorCode.Usage, "须写明提拔任用的职务");
            (r.Status, r.PromotedOn, r.PromotedPost) = (ReserveStatuses.Promoted, Utc(day), text);
            return ("pool.promote", new { post = text, on = day });
        });
        return Show(id);
    }

    /// <summary>The scheme's quantity and structure rules over the reserves in the pool, for the unit and its sub-units (or every unit).</summary>
    public IReadOnlyList<PoolFinding> Structure(string schemeId, string? unit, DateOnly on) => Gaps(schemeId, unit, on).Findings;

    /// <summary>
    /// The structure dashboard: the rules over the pool of one scheme and unit scope as it stands today — lapsed,
    /// removed and promoted reserves left out, another unit's reserves never counted — judged on
    /// <paramref name="on"/> (ages, and who has lapsed by then; a campaign passes its reference date). It is not a
    /// reconstruction of the pool on a past day: someone removed since then is not counted.
    /// </summary>
    public GapReport Gaps(string schemeId, string? unit, DateOnly? on = null)
    {
        var scheme = (store.Catalog.Find(schemeId) ?? throw new ReserveException(ErrorCode.NotFound, $"未找到方案“{OperatorInput.Echo(schemeId)}”")).Definition;
        var day = on ?? Today;
        var names = unit is null ? null : UnitTree.NamesBelow(store.Units.All(), unit);
        var scope = store.Units.All().Where(u => names is null || names.Contains(u.Name))
            .Select(u => new UnitFacts(u.Name, u.Kind, u.PrincipalPosts, u.DeputyPosts)).ToList();
        var rows = List(new PoolFilter(schemeId, unit, Status: "in-pool"))
            .Where(r => !scheme.Management.HasLapsed(r.AdmittedOn, day) && r.AdmittedOn <= day)
            .ToList();
        var people = store.People.Get(rows.Select(r => r.PersonId).ToList());
        var members = rows
            .Select(r => new PoolMember(people.GetValueOrDefault(r.PersonId) ?? new Person { Name = r.Name }, r.TrackId, scheme.FindTrack(r.TrackId)?.Level ?? PostLevel.Deputy))
            .ToList();
        var context = new PoolContext(day, scope, members);
        var findings = scheme.PoolRules.Select(r => Checked(scheme, r, context)).ToList();
        var seek = findings.Where(f => f.Status == PoolStatus.Short).Select(f => $"{f.Description}：缺 {f.Gap} 名").ToList();
        return new GapReport(scheme.Manifest.Id, scheme.Manifest.Name, unit, day, members.Count, findings, seek, Ages(members.Select(m => m.Person), day));
    }

    // A quantity or structure rule is the plugin's code: one that throws is shown as a warning naming it, and the
    // campaign screen and the dashboard that read these findings stay up.
    private static PoolFinding Checked(SchemeDefinition scheme, PoolRule rule, PoolContext context)
    {
        try
        {
            return rule.Check(context);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new PoolFinding(rule.Id, rule.Description, rule.Citation, PoolStatus.Warning,
                $"方案插件出错：方案插件 {scheme.Manifest.Id} 的数量结构规则 {rule.Id} 运行时抛出 {ex.GetType().Name}（{ex.Message}），本条未能计算；请告知方案插件的维护者");
        }
    }

    private static IReadOnlyList<AgeBand> Ages(IEnumerable<Person> people, DateOnly on)
    {
        var ages = people.Select(p => p.BirthDate is { } b ? FullYears.Between(b, on) : (int?)null).ToList();
        return
        [
            new("30岁及以下", ages.Count(a => a <= 30)),
            new("31–35岁", ages.Count(a => a is > 30 and <= 35)),
            new("36–40岁", ages.Count(a => a is > 35 and <= 40)),
            new("41–45岁", ages.Count(a => a is > 40 and <= 45)),
            new("46岁及以上", ages.Count(a => a > 45)),
            new("出生日期未登记", ages.Count(a => a is null)),
        ];
    }

    /// <summary>
    /// 期满自行取消, recorded the first time the pool is read on or after a period's end: the status changes and the
    /// record says so, once. Reads stay cheap: only reserves whose period has ended are touched.
    /// </summary>
    private void RecordLapses()
    {
        // A read-only file is read as it stands; the lapse is recorded by the first read on a writable one.
        if (store.Database.IsReadOnly || store.Reading) return;
        var today = Today;
        var due = store.Repo.PeriodEnded(ReserveStatuses.InPool, Utc(today))
            .Where(r => store.Catalog.Find(r.SchemeId)?.Definition.Management.LapsesAtPeriodEnd == true).ToList();
        if (due.Count == 0) return;
        store.Database.Transaction(() =>
        {
            foreach (var r in due)
            {
                var current = store.Repo.Reserve(r.Id);
                if (current is null || current.Status != ReserveStatuses.InPool) continue;
                (current.Status, current.LapsedOn) = (ReserveStatuses.Lapsed, current.PeriodEnd);
                store.Repo.Update(current, current.Version);
                store.Note("pool.lapse", Subject(current.Id), new { period_end = StoredDay(current.PeriodEnd!.Value), seen_on = today });
            }

            return 0;
        });
    }

    private IReadOnlyList<RemovalProposal> Proposals(ReserveDocument r, SchemeDefinition scheme, Person? person, DateOnly today)
    {
        var proposals = new List<RemovalProposal>();
        var rules = scheme.Management;
        // Records are kept in day order, entries of one day in the order made: the last is the latest.
        var last = r.Records.LastOrDefault(x => x.Kind == PoolRecordKinds.Appraisal);
        if (last?.UnfitShare is { } unfit && rules.UnfitVotesRequireRemoval(unfit) && rules.RemovalReasons.FirstOrDefault(x => x.Id == Conventions.RemovalForUnfitVotes) is { } byVotes)
            proposals.Add(new RemovalProposal(byVotes.Id, byVotes.Text,
                $"{StoredDay(last.On):yyyy-MM-dd} 考核不称职票 {Percent.Of(unfit, 1)}，超过 {Percent.Of(rules.UnfitVoteShareLimit!.Value, 0)}"));
        if (person is not null && rules.RemovalReasons.FirstOrDefault(x => x.Id == Conventions.RemovalForAge) is { } byAge)
        {
            var age = Eligibility.Evaluate(scheme, r.TrackId, person, new EvaluationContext(today)).Rules
                .FirstOrDefault(x => x.RuleId.StartsWith(Conventions.AgeRulePrefix, StringComparison.Ordinal) && x.Outcome == RuleOutcome.Fail);
            if (age is not null) proposals.Add(new RemovalProposal(byAge.Id, byAge.Text, $"{age.Description}：{age.Explanation}"));
        }

        return proposals;
    }

    private void Change(string id, int? expectedVersion, Func<ReserveDocument, (string Action, object Data)> change)
    {
        store.Access.EnsureCanWrite("办理后备干部事项");
        // A lapse is seen before any change to the reserve is weighed, so a lapsed reserve is never promoted.
        RecordLapses();
        store.Database.Transaction(() => Apply(id, expectedVersion, change));
    }

    private int Apply(string id, int? expectedVersion, Func<ReserveDocument, (string Action, object Data)> change)
    {
        var r = Load(id);
        var version = expectedVersion ?? r.Version;
        VersionedSave.Check(version, r.Version);
        if (r.Status != ReserveStatuses.InPool)
            throw new ReserveException(ErrorCode.Refused, $"{r.PersonName} 已“{r.Status}”，不在库中，不能再记录、调整或提拔");
        var (action, data) = change(r);
        store.Repo.Update(r, version);
        store.Audit(action, Subject(id), data);
        return 0;
    }

    // Another unit's reserve does not exist for a unit operator: the same "not found" as a wrong id.
    private ReserveDocument Load(string id) =>
        store.Repo.Reserve(id) is { } r && (store.Access.Units is null || store.VisiblePerson(r.PersonId) is not null) ? r
            : throw new ReserveException(ErrorCode.NotFound, $"未找到后备干部 {OperatorInput.Echo(id)}");

    private SchemeDefinition Scheme(ReserveDocument r) =>
        store.Catalog.Find(r.SchemeId)?.Definition ?? throw new ReserveException(ErrorCode.NotFound, $"方案 {r.SchemeId} 未加载，不能按其规则办理");

    private static bool ExamPassed(ReserveDocument r) => r.Records.Any(x => x.Kind == PoolRecordKinds.Exam && x.Passed == true);

    public static string Subject(string reserveId) => $"reserve/{reserveId}";

    private IReadOnlyList<HistoryEntry> History(ReserveDocument doc)
    {
        var nominationSubject = $"campaign/{doc.CampaignId}/nomination/{doc.NominationId}";
        var zone = store.Clock.LocalTimeZone;
        // The reserve's nomination is part of its file even when the campaign was a higher unit's (a county's).
        var fromCampaign = string.IsNullOrEmpty(doc.CampaignId) ? [] : store.Record.For(nominationSubject).Select(e => HistoryEntry.Of(e, zone, doc.PersonName));
        var own = store.Record.For(Subject(doc.Id)).Select(e => HistoryEntry.Of(e, zone, doc.PersonName));
        return fromCampaign.Concat(own).OrderBy(e => e.Seq).ToList();
    }

    private static PoolRecordView View(PoolRecordDocument d) => new(d.Kind, PoolRecordKinds.Chinese(d.Kind), StoredDay(d.On), d.Text, d.Form, d.Who,
        d.FitShare, d.BasicallyFitShare, d.UnfitShare, d.Score, d.Passed, d.By);

    private ReserveRow Row(ReserveDocument r, Person? person, DateOnly today)
    {
        var scheme = store.Catalog.Find(r.SchemeId)?.Definition;
        var lastReview = r.Records.Where(x => x.Kind == PoolRecordKinds.Appraisal).Select(x => (DateOnly?)StoredDay(x.On)).Max();
        var admitted = StoredDay(r.AdmittedOn);
        var due = r.Status == ReserveStatuses.InPool && scheme?.Management.ReviewIntervalMonths is { } months && (lastReview ?? admitted).AddMonths(months) <= today;
        return new ReserveRow(r.Id, r.PersonId, r.PersonName, person?.Unit, r.SchemeId, scheme?.Manifest.ShortName ?? r.SchemeId,
            r.TrackId, scheme?.FindTrack(r.TrackId)?.Name ?? r.TrackId,
            admitted, StoredDay(r.TrainingEnd), r.PeriodEnd is { } end ? StoredDay(end) : null,
            r.Status, ReserveStatuses.Code(r.Status), r.CampaignId ?? "", r.NominationId ?? "")
        {
            LastReview = lastReview, ReviewDue = due, Version = r.Version,
        };
    }

    private DateOnly Day(DateOnly? on, string what)
    {
        var today = Today;
        var day = on ?? today;
        if (day > today) throw new ReserveException(ErrorCode.Usage, $"{what} {day:yyyy-MM-dd} 晚于今天（{today:yyyy-MM-dd}），不能预先登记");
        return day;
    }

    private static void NotBeforeAdmission(ReserveDocument r, DateOnly day, string what)
    {
        var admitted = StoredDay(r.AdmittedOn);
        if (day < admitted) throw new ReserveException(ErrorCode.Usage, $"{what} {day:yyyy-MM-dd} 早于入库日期 {admitted:yyyy-MM-dd}，不能登记");
    }

    private static string? Text(string? text, string what) =>
        string.IsNullOrWhiteSpace(text) ? null : OperatorInput.Line(text, what, TextLimit);

    /// <summary>A stored day: saved as UTC midnight, read back by LiteDB in local time; the day is the UTC one.</summary>
    private static DateOnly StoredDay(DateTime stored) => DateOnly.FromDateTime(stored.Kind == DateTimeKind.Local ? stored.ToUniversalTime() : stored);

    private static DateTime Utc(DateOnly d) => d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}
