using ReserveSdk;
using ReserveTui.Hosting;
using ReserveTui.Plugins;
using ReserveTui.Storage;
using ReserveTui.Workflow;

namespace ReserveTui.Services.Campaigns;

/// <summary>
/// What the campaign services share: the repositories, loading a campaign with its pinned scheme, the record, and
/// the facts builder over what is stored. It decides nothing; each service is one group of use cases over it.
/// </summary>
/// <param name="access">Who is acting: their campaigns, people and pool are the only ones that exist for them. Null: <paramref name="operatorName"/> on an open database.</param>
internal sealed class CampaignStore(ReserveDatabase database, SchemeCatalog catalog, TimeProvider clock, string operatorName, Access.OperatorAccess? access = null)
{
    public ReserveDatabase Database { get; } = database;

    public SchemeCatalog Catalog { get; } = catalog;

    public TimeProvider Clock { get; } = clock;

    public Access.OperatorAccess Access { get; } = access ?? Services.Access.OperatorAccess.Open(operatorName);

    public string OperatorName => Access.Name;

    /// <summary>A store that only reads (<c>campaign show --as-of</c>): it records nothing, not even a lapse it notices.</summary>
    public bool Reading { get; init; }

    public CampaignRepository Repo { get; } = new(database);

    public UnitRepository Units { get; } = new(database);

    public PeopleRepository People { get; } = new(database);

    public AuditLog Record { get; } = new(database);

    public static string Subject(string campaignId) => $"campaign/{campaignId}";

    public static string Subject(NominationDocument n) => $"campaign/{n.CampaignId}/nomination/{n.Id}";

    /// <summary>
    /// Records a change. Every change of the campaign and pool services passes here inside its transaction, so a
    /// viewer's change is refused — and rolled back — even where a service forgot to check first.
    /// </summary>
    public void Audit(string action, string subject, object data)
    {
        Access.EnsureCanWrite("修改数据");
        Record.Append(Clock.GetUtcNow(), OperatorName, action, subject, data);
    }

    /// <summary>Records what is not the operator's change: a rendered document, a full view of an ID number, a period that ran out.</summary>
    public void Note(string action, string subject, object data)
    {
        if (!Reading) Record.Append(Clock.GetUtcNow(), OperatorName, action, subject, data);
    }

    /// <summary>Campaigns of the operator's units (all, for an administrator or viewer).</summary>
    public IReadOnlyList<CampaignDocument> VisibleCampaigns() => Repo.Campaigns().Where(c => Access.Sees(c.UnitName)).ToList();

    /// <summary>A stored person in the operator's scope by id, or null (another unit's person does not exist for a unit operator).</summary>
    public StoredPerson? VisiblePerson(string id) => People.Get(id) is { } p && Access.Sees(p.Person.Unit) ? p : null;

    /// <summary>A stored campaign with the scheme version it is pinned to, or a Chinese refusal.</summary>
    public CampaignRef Load(string id)
    {
        var doc = Repo.Campaign(id) is { } found && Access.Sees(found.UnitName) ? found : throw new ReserveException(ErrorCode.NotFound, $"未找到选拔批次 {id}");
        var loaded = Catalog.Find(doc.SchemeId) ?? throw new ReserveException(ErrorCode.NotFound, $"批次 {id} 所用的方案 {doc.SchemeId} 未加载");
        if (loaded.Definition.Manifest.Version != doc.SchemeVersion)
            throw new ReserveException(ErrorCode.Refused, $"批次 {id} 按方案 {doc.SchemeId} v{doc.SchemeVersion} 开展，当前加载的是 v{loaded.Definition.Manifest.Version}；请加载原版本的插件");
        return new CampaignRef(doc, loaded.Definition, new WorkflowEngine(loaded.Definition.CampaignWorkflow, doc.SchemeId), new WorkflowEngine(loaded.Definition.NomineeWorkflow, doc.SchemeId), Units.Get(doc.UnitId));
    }

    /// <summary>The facts builder over the campaign's stored nominations and ballots (read once).</summary>
    public CampaignFacts Facts(CampaignRef c) =>
        new(c, Repo.Nominations(c.Doc.Id), Repo.Ballots(c.Doc.Id), id => People.Get(id)?.Person, Clock);

    /// <summary>A nominee by id, or "not found" — also for a nominee of a campaign outside the operator's units, so the answer says nothing of it.</summary>
    public NominationDocument Nomination(string id) =>
        Repo.Nomination(id) is { } n && (Access.Units is null || (Repo.Campaign(n.CampaignId) is { } c && Access.Sees(c.UnitName))) ? n
            : throw new ReserveException(ErrorCode.NotFound, $"未找到人选 {id}");

    public NominationView ShowNomination(string id)
    {
        var n = Nomination(id);
        return Facts(Load(n.CampaignId)).Nominee(n);
    }

    /// <summary>A person by id, ID number, or a name only one person has (else the ones of that name, by unit).</summary>
    public StoredPerson FindPerson(string personRef)
    {
        if (VisiblePerson(personRef) is { } byId) return byId;
        if (People.FindByIdNumber(personRef) is { } byIdNumber && Access.Sees(byIdNumber.Person.Unit)) return byIdNumber;
        var byName = People.FindByName(personRef).Where(p => Access.Sees(p.Person.Unit)).ToList();
        return byName.Count switch
        {
            1 => byName[0],
            0 => throw new ReserveException(ErrorCode.NotFound, $"未找到人员“{OperatorInput.Echo(personRef)}”"),
            _ => throw new ReserveException(ErrorCode.Usage, $"有 {byName.Count} 人名为“{personRef}”，请用身份证号或人员 id 指定：" + string.Join("、", byName.Select(p => $"{p.Id}（{p.Person.Unit}，{p.Person.BirthDate:yyyy-MM-dd} 出生）"))),
        };
    }
}
