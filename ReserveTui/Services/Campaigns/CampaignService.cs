using ReserveSdk;
using ReserveTui.Hosting;
using ReserveTui.Plugins;
using ReserveTui.Storage;
using ReserveTui.Workflow;

namespace ReserveTui.Services.Campaigns;

/// <summary>
/// 选拔批次 — the campaign's own use cases: opening one, reading it, the plan's approval (第一篇 4.二), its workflow
/// actions and its full record. Every change is one transaction that checks the record's version, asks the
/// scheme's workflow, saves, and appends to the record — or changes nothing and says why (ReserveException with
/// ErrorCode.Refused or Conflict). Nominees, ballots and scores have their own services over the same store.
/// </summary>
internal sealed class CampaignService(CampaignStore store)
{
    /// <summary>Default 得票集中 threshold: a nominee needs at least half of the ballots.</summary>
    public const decimal DefaultThreshold = 0.5m;

    private static readonly string[] PublicationFields = ["purpose", "conditions", "scope", "eligible", "method", "time_place"];

    private readonly CampaignRepository _repo = store.Repo;
    private readonly ReserveDatabase database = store.Database;
    private readonly TimeProvider clock = store.Clock;

    public static IReadOnlyList<string> PublicationKeys => PublicationFields;

    public CampaignView New(string schemeId, string unitName, int year, DateOnly? referenceDate, decimal? threshold = null, int maxChoices = 0)
    {
        var scheme = store.Catalog.Get(schemeId);
        store.Access.EnsureCanWrite("新建选拔批次");
        var unit = store.Units.FindByName(unitName) is { } u && store.Access.Sees(u.Name) ? u
            : throw new ReserveException(ErrorCode.NotFound, $"未找到单位“{unitName}”（先在 F5 单位中添加，或用 reserve unit add）");
        if (year is < 2000 or > 2100) throw new ReserveException(ErrorCode.Usage, $"年份不合理：{year}");
        if (threshold is < 0 or > 1) throw new ReserveException(ErrorCode.Usage, "集中度门槛应在 0 到 1 之间");
        var doc = new CampaignDocument
        {
            Id = CampaignRepository.NewId(),
            SchemeId = scheme.Id,
            SchemeVersion = scheme.Definition.Manifest.Version,
            UnitId = unit.Id,
            UnitName = unit.Name,
            Year = year,
            ReferenceDate = (referenceDate ?? new DateOnly(year, 6, 30)).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            State = scheme.Definition.CampaignWorkflow.Initial,
            ConcentrationThreshold = threshold ?? DefaultThreshold,
            MaxChoices = maxChoices < 0 ? throw new ReserveException(ErrorCode.Usage, "每票最多推荐人数不能为负") : maxChoices,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = store.OperatorName,
        };
        database.Transaction(() =>
        {
            _repo.Insert(doc);
            Audit("campaign.new", Subject(doc.Id), new { scheme = doc.SchemeId, version = doc.SchemeVersion, unit = doc.UnitName, year, reference_date = DateOnly.FromDateTime(doc.ReferenceDate) });
            return 0;
        });
        return Show(doc.Id);
    }

    public IReadOnlyList<CampaignSummary> List() => store.VisibleCampaigns().Select(d =>
    {
        var scheme = store.Catalog.Find(d.SchemeId)?.Definition;
        var state = scheme?.CampaignWorkflow.States.FirstOrDefault(s => s.Id == d.State)?.Name ?? d.State;
        return new CampaignSummary(d.Id, d.SchemeId, scheme?.Manifest.ShortName ?? d.SchemeId, d.SchemeVersion, d.UnitName, d.Year, d.State, state);
    }).ToList();

    /// <summary>Alias of <see cref="Show"/> that reads well in tests and screens.</summary>
    public CampaignView Campaign(string id) => Show(id);

    public CampaignView Show(string id)
    {
        var c = Load(id);
        var facts = store.Facts(c);
        var views = facts.Nominees();
        var actions = c.CampaignFlow.Actions(c.Doc.State, facts.CampaignGuards()).Select(a => a with { LeavesBehind = facts.LeftBehindBy(a.To) }).ToList();
        return new CampaignView(c.Doc.Id, c.Doc.SchemeId, c.Scheme.Manifest.Name, c.Doc.SchemeVersion, c.Doc.UnitName, c.Doc.Year,
            DateOnly.FromDateTime(c.Doc.ReferenceDate), c.Doc.State, c.CampaignFlow.StateName(c.Doc.State), c.Doc.Version,
            c.Doc.ConcentrationThreshold, actions, Targets(c), views) 
        {
            Ballots = facts.Ballots.Count,
            NominationClosed = CampaignFacts.NotNominating(c),
            Finished = c.Scheme.CampaignWorkflow.State(c.Doc.State).IsFinal,
            CountsVotes = CampaignFacts.FactsRead(c.Scheme.NomineeWorkflow).Overlaps([WorkflowFacts.VotesConcentrated, WorkflowFacts.VoteShare]),
            ScoreParts = c.Scheme.Scoring?.Leaves ?? [],
            ScoreNames = (c.Scheme.Scoring?.Components ?? []).Concat(c.Scheme.Scoring?.Leaves ?? []).DistinctBy(x => x.Id).ToDictionary(x => x.Id, x => x.Name),
            ChannelNames = c.Scheme.Channels.Select(x => x.Name).ToList(),
            VoterCategories = c.Scheme.VoterCategories,
            PlanApproval = c.Doc.PlanApproval is { } a ? new PlanApprovalView(a.Approver, a.Document, DateOnly.FromDateTime(a.On), a.By ?? "", a.At) : null,
            PlanApprovalOpen = c.Doc.State == c.Scheme.CampaignWorkflow.Initial,
            Publication = new Dictionary<string, string>(c.Doc.Publication),
            MaxChoices = c.Doc.MaxChoices,
            NoticeContact = c.Doc.NoticeContact,
        };
    }

    /// <summary>
    /// Takes a campaign action. <paramref name="expectedVersion"/> is the version the operator saw; a newer stored
    /// version means someone else acted first, and nothing is changed.
    /// </summary>
    public CampaignView Act(string id, string action, string? note = null, IReadOnlyDictionary<string, string>? publication = null, int? expectedVersion = null)
    {
        store.Access.EnsureCanWrite("执行批次操作");
        database.Transaction(() =>
        {
            var c = Load(id);
            var version = expectedVersion ?? c.Doc.Version;
            VersionedSave.Check(version, c.Doc.Version);
            if (publication is not null)
            {
                var unknown = publication.Keys.Except(PublicationFields).ToList();
                if (unknown.Count > 0) throw new ReserveException(ErrorCode.Usage, $"未知的公告项：{string.Join("、", unknown)}");
                // Printed on the publication: control characters are refused like everywhere else.
                foreach (var (k, v) in publication) c.Doc.Publication[k] = OperatorInput.Note(v, PublicationName(k), required: false) ?? "";
            }

            var candidates = c.Scheme.CampaignWorkflow.FindActions(action);
            if (candidates.Any(a => a.Id == Conventions.Publish))
            {
                // 第一篇 4.二 holds for every scheme: a plugin that forgot the guard does not get past it.
                if (c.Doc.PlanApproval is null) throw new ReserveException(ErrorCode.Refused, $"不能执行“{candidates[0].Name}”：{Guards.PlanApproved().Description}");
                var missing = PublicationFields.Where(f => !c.Doc.Publication.TryGetValue(f, out var v) || string.IsNullOrWhiteSpace(v)).ToList();
                if (missing.Count > 0)
                    throw new ReserveException(ErrorCode.Refused, "选拔前须公开选拔目的、条件和资格、范围、符合条件人员名单、方法和程序、时间和地点（第一篇 3.一），尚缺：" + string.Join("、", missing.Select(PublicationName)));
            }

            var result = c.CampaignFlow.Fire(c.Doc.State, action, store.Facts(c).CampaignGuards());
            if (!result.Done) throw new ReserveException(ErrorCode.Refused, $"不能执行“{candidates.FirstOrDefault()?.Name ?? action}”：{string.Join("；", result.Reasons)}", result.Reasons);
            var from = c.Doc.State;
            c.Doc.State = result.State;
            c.Doc.Marks[result.ActionId!] = clock.GetUtcNow().UtcDateTime;
            _repo.Update(c.Doc, version);
            Audit("campaign.act", Subject(id), new { action = result.ActionId, from, to = result.State, note, publication });
            return 0;
        });
        return Show(id);
    }

    /// <summary>The campaign's full record, oldest first, each entry with its nominee's name where it concerns one.</summary>
    public IReadOnlyList<HistoryEntry> History(string id)
    {
        var c = Load(id);
        var names = _repo.Nominations(id).ToDictionary(CampaignStore.Subject, n => n.PersonName);
        return store.Record.For(Subject(id)).Select(e => HistoryEntry.Of(e, clock.LocalTimeZone, names.GetValueOrDefault(e.Subject ?? "")))
            .Select(h => h with { Description = HistoryText.Describe(h, c.Scheme) }).ToList();
    }

    public static string PublicationName(string key) => key switch
    {
        "purpose" => "选拔目的",
        "conditions" => "后备干部条件和资格",
        "scope" => "选拔范围",
        "eligible" => "符合条件人员名单",
        "method" => "选拔方法和程序",
        _ => "民主推荐时间和地点",
    };

    private static string Subject(string campaignId) => CampaignStore.Subject(campaignId);

    private void Audit(string action, string subject, object data) => store.Audit(action, subject, data);

    private CampaignRef Load(string id) => store.Load(id);

    /// <summary>The pool's quantity and structure targets for the campaign's unit and its sub-units, as the dashboard computes them.</summary>
    private IReadOnlyList<PoolFinding> Targets(CampaignRef c) =>
        new Pool.PoolService(store).Structure(c.Doc.SchemeId, c.Doc.UnitName, DateOnly.FromDateTime(c.Doc.ReferenceDate));

    /// <summary>Longest 公示受理 text accepted: a telephone, an address and a mailbox fit well inside it.</summary>
    public const int NoticeContactLimit = 200;

    /// <summary>
    /// Records where and how the public may report on the nominees during the notice (公示受理：电话、地址、信箱) — what
    /// the notice prints under the list. It may change at any time before the campaign ends; each change is audited.
    /// </summary>
    public CampaignView SetNoticeContact(string id, string contact, int? expectedVersion = null)
    {
        store.Access.EnsureCanWrite("登记公示受理方式");
        database.Transaction(() =>
        {
            var c = Load(id);
            var version = expectedVersion ?? c.Doc.Version;
            VersionedSave.Check(version, c.Doc.Version);
            if (c.Scheme.CampaignWorkflow.State(c.Doc.State).IsFinal)
                throw new ReserveException(ErrorCode.Refused, $"批次已“{c.CampaignFlow.StateName(c.Doc.State)}”，不能再修改公示受理方式");
            var text = OperatorInput.Line(contact, "公示受理方式", NoticeContactLimit);
            var before = c.Doc.NoticeContact;
            c.Doc.NoticeContact = text;
            _repo.Update(c.Doc, version);
            Audit("campaign.notice-contact", Subject(id), new { contact = text, before });
            return 0;
        });
        return Show(id);
    }

    /// <summary>Longest approver or document number accepted: a name and a 文号 fit well inside it.</summary>
    public const int PlanApprovalTextLimit = 100;

    /// <summary>
    /// Records (or, before publication, corrects) the approval of the campaign's plan: who approved it, on which day
    /// (today when omitted; never after today) and the document number. Only before the plan is published — the
    /// approval is what publication waits for.
    /// </summary>
    public CampaignView ApprovePlan(string id, string approver, string document, DateOnly? on = null, int? expectedVersion = null)
    {
        store.Access.EnsureCanWrite("登记方案审核");
        database.Transaction(() =>
        {
            var c = Load(id);
            var version = expectedVersion ?? c.Doc.Version;
            VersionedSave.Check(version, c.Doc.Version);
            if (c.Doc.State != c.Scheme.CampaignWorkflow.Initial)
                throw new ReserveException(ErrorCode.Refused, $"批次已“{c.CampaignFlow.StateName(c.Doc.State)}”，方案已公布执行，审核记录不能再改");
            var who = OperatorInput.Line(approver, "审核单位（审核人）", PlanApprovalTextLimit);
            var number = OperatorInput.Line(document, "审核文号", PlanApprovalTextLimit);
            var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            var day = on ?? today;
            if (day > today) throw new ReserveException(ErrorCode.Usage, $"审核日期 {day:yyyy-MM-dd} 晚于今天（{today:yyyy-MM-dd}），不能预先登记审核");
            var before = c.Doc.PlanApproval;
            c.Doc.PlanApproval = new PlanApprovalRecord
            {
                Approver = who, Document = number, On = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), By = store.OperatorName, At = clock.GetUtcNow().UtcDateTime,
            };
            _repo.Update(c.Doc, version);
            Audit("campaign.approve", Subject(id), new
            {
                approver = who, document = number, on = day,
                before = before is null ? null : new { approver = before.Approver, document = before.Document, on = DateOnly.FromDateTime(before.On) },
            });
            return 0;
        });
        return Show(id);
    }
}
