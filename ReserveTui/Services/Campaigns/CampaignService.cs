using ReserveSdk;
using ReserveTui.Hosting;
using ReserveTui.Plugins;
using ReserveTui.Storage;
using ReserveTui.Workflow;

namespace ReserveTui.Services.Campaigns;

/// <summary>
/// Running a selection (选拔批次): the only place with flow. Every change is one transaction that checks the
/// record's version, asks the scheme's workflow, saves, and appends to the audit record — or changes nothing
/// and says why (ReserveException with ErrorCode.Refused or Conflict).
/// </summary>
internal sealed partial class CampaignService(ReserveDatabase database, SchemeCatalog catalog, TimeProvider clock, string operatorName)
{
    /// <summary>Default 得票集中 threshold: a nominee needs at least half of the ballots.</summary>
    public const decimal DefaultThreshold = 0.5m;

    private static readonly string[] PublicationFields = ["purpose", "conditions", "scope", "eligible", "method", "time_place"];

    private readonly CampaignRepository _repo = new(database);
    private readonly UnitRepository _units = new(database);
    private readonly PeopleRepository _people = new(database);
    private readonly AuditLog _audit = new(database);

    public static IReadOnlyList<string> PublicationKeys => PublicationFields;

    public CampaignView New(string schemeId, string unitName, int year, DateOnly? referenceDate, decimal? threshold = null, int maxChoices = 0)
    {
        var scheme = catalog.Get(schemeId);
        var unit = _units.FindByName(unitName) ?? throw new ReserveException(ErrorCode.NotFound, $"未找到单位“{unitName}”（先在 F5 单位中添加，或用 reserve unit add）");
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
            CreatedBy = operatorName,
        };
        database.Transaction(() =>
        {
            _repo.Insert(doc);
            Audit("campaign.new", Subject(doc.Id), new { scheme = doc.SchemeId, version = doc.SchemeVersion, unit = doc.UnitName, year, reference_date = DateOnly.FromDateTime(doc.ReferenceDate) });
            return 0;
        });
        return Show(doc.Id);
    }

    public IReadOnlyList<CampaignSummary> List() => _repo.Campaigns().Select(d =>
    {
        var scheme = catalog.Find(d.SchemeId)?.Definition;
        var state = scheme?.CampaignWorkflow.States.FirstOrDefault(s => s.Id == d.State)?.Name ?? d.State;
        return new CampaignSummary(d.Id, d.SchemeId, scheme?.Manifest.ShortName ?? d.SchemeId, d.SchemeVersion, d.UnitName, d.Year, d.State, state);
    }).ToList();

    /// <summary>Alias of <see cref="Show"/> that reads well in tests and screens.</summary>
    public CampaignView Campaign(string id) => Show(id);

    public CampaignView Show(string id)
    {
        var c = Load(id);
        var nominations = _repo.Nominations(id);
        var ballots = _repo.Ballots(id);
        var views = nominations.Select(n => View(c, n, ballots, nominations)).ToList();
        var actions = c.CampaignFlow.Actions(c.Doc.State, CampaignGuards(c, nominations, views));
        return new CampaignView(c.Doc.Id, c.Doc.SchemeId, c.Scheme.Manifest.Name, c.Doc.SchemeVersion, c.Doc.UnitName, c.Doc.Year,
            DateOnly.FromDateTime(c.Doc.ReferenceDate), c.Doc.State, c.CampaignFlow.StateName(c.Doc.State), c.Doc.Version,
            c.Doc.ConcentrationThreshold, actions, Targets(c), views) 
        {
            Ballots = ballots.Count,
            NominationClosed = NotNominating(c),
            Finished = c.Scheme.CampaignWorkflow.State(c.Doc.State).IsFinal,
            CountsVotes = FactsRead(c.Scheme.NomineeWorkflow).Overlaps([WorkflowFacts.VotesConcentrated, WorkflowFacts.VoteShare]),
            ScoreParts = c.Scheme.Scoring?.Leaves ?? [],
            ScoreNames = (c.Scheme.Scoring?.Components ?? []).Concat(c.Scheme.Scoring?.Leaves ?? []).DistinctBy(x => x.Id).ToDictionary(x => x.Id, x => x.Name),
            TrackNames = c.Scheme.Tracks.Select(t => t.Name).ToList(),
            ChannelNames = c.Scheme.Channels.Select(x => x.Name).ToList(),
            VoterCategories = c.Scheme.VoterCategories,
            CompetedRankChannelNames = c.Scheme.Channels.Where(x => x.RecordsCompetedRank).Select(x => x.Name).ToList(),
            PlanApproval = c.Doc.PlanApproval is { } a ? new PlanApprovalView(a.Approver, a.Document, DateOnly.FromDateTime(a.On), a.By ?? "", a.At) : null,
            PlanApprovalOpen = c.Doc.State == c.Scheme.CampaignWorkflow.Initial,
        };
    }

    /// <summary>
    /// Takes a campaign action. <paramref name="expectedVersion"/> is the version the operator saw; a newer stored
    /// version means someone else acted first, and nothing is changed.
    /// </summary>
    public CampaignView Act(string id, string action, string? note = null, IReadOnlyDictionary<string, string>? publication = null, int? expectedVersion = null)
    {
        database.Transaction(() =>
        {
            var c = Load(id);
            var version = expectedVersion ?? c.Doc.Version;
            VersionedSave.Check(version, c.Doc.Version);
            if (publication is not null)
            {
                var unknown = publication.Keys.Except(PublicationFields).ToList();
                if (unknown.Count > 0) throw new ReserveException(ErrorCode.Usage, $"未知的公告项：{string.Join("、", unknown)}");
                foreach (var (k, v) in publication) c.Doc.Publication[k] = v;
            }

            var candidates = c.Scheme.CampaignWorkflow.FindActions(action);
            if (candidates.Any(a => a.Id == Conventions.Publish))
            {
                var missing = PublicationFields.Where(f => !c.Doc.Publication.TryGetValue(f, out var v) || string.IsNullOrWhiteSpace(v)).ToList();
                if (missing.Count > 0)
                    throw new ReserveException(ErrorCode.Refused, "选拔前须公开选拔目的、条件和资格、范围、符合条件人员名单、方法和程序、时间和地点（第一篇 3.一），尚缺：" + string.Join("、", missing.Select(PublicationName)));
            }

            var nominations = _repo.Nominations(id);
            var ballots = _repo.Ballots(id);
            var views = nominations.Select(n => View(c, n, ballots, nominations)).ToList();
            var result = c.CampaignFlow.Fire(c.Doc.State, action, CampaignGuards(c, nominations, views));
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
        Load(id);
        var names = _repo.Nominations(id).ToDictionary(n => NominationSubject(n), n => n.PersonName);
        return _audit.For(Subject(id)).Select(e => new HistoryEntry(
            e.Seq, TimeZoneInfo.ConvertTime(new DateTimeOffset(e.At.ToUniversalTime()), clock.LocalTimeZone),
            e.Operator ?? "", e.Action ?? "", AuditActions.Chinese(e.Action ?? ""), e.Subject ?? "", names.GetValueOrDefault(e.Subject ?? ""), e.Data)).ToList();
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

    private static string Subject(string campaignId) => $"campaign/{campaignId}";

    private void Audit(string action, string subject, object data) =>
        _audit.Append(clock.GetUtcNow(), operatorName, action, subject, data);

    private CampaignRef Load(string id)
    {
        var doc = _repo.Campaign(id) ?? throw new ReserveException(ErrorCode.NotFound, $"未找到选拔批次 {id}");
        var loaded = catalog.Find(doc.SchemeId) ?? throw new ReserveException(ErrorCode.NotFound, $"批次 {id} 所用的方案 {doc.SchemeId} 未加载");
        if (loaded.Definition.Manifest.Version != doc.SchemeVersion)
            throw new ReserveException(ErrorCode.Refused, $"批次 {id} 按方案 {doc.SchemeId} v{doc.SchemeVersion} 开展，当前加载的是 v{loaded.Definition.Manifest.Version}；请加载原版本的插件");
        return new CampaignRef(doc, loaded.Definition, new WorkflowEngine(loaded.Definition.CampaignWorkflow), new WorkflowEngine(loaded.Definition.NomineeWorkflow), _units.Get(doc.UnitId));
    }

    private IReadOnlyList<PoolFinding> Targets(CampaignRef c)
    {
        var all = _units.All();
        var scope = all.Where(u => u.Id == c.Doc.UnitId || u.ParentId == c.Doc.UnitId).Select(u => new UnitFacts(u.Name, u.Kind, u.PrincipalPosts, u.DeputyPosts)).ToList();
        var members = _repo.Reserves().Where(r => r.SchemeId == c.Doc.SchemeId && r.Status == "在库").Select(r =>
        {
            var person = _people.Get(r.PersonId)?.Person ?? new Person { Name = r.PersonName };
            var level = c.Scheme.FindTrack(r.TrackId)?.Level ?? PostLevel.Deputy;
            return new PoolMember(person, r.TrackId, level);
        }).ToList();
        var context = new PoolContext(DateOnly.FromDateTime(c.Doc.ReferenceDate), scope, members);
        return c.Scheme.PoolRules.Select(r => r.Check(context)).ToList();
    }
}
