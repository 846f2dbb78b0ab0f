using ReserveSdk;
using ReserveTui.Hosting;
using ReserveTui.Services.Campaigns;
using ReserveTui.Storage;

namespace ReserveTui.Services.Pool;

/// <summary>
/// Reads the reserve pool (后备干部人才库): the list with its filters, one reserve's file, and the scheme's quantity
/// and structure rules applied to the pool as it stands (结构分析).
/// </summary>
internal sealed class PoolService(CampaignStore store)
{
    public IReadOnlyList<ReserveRow> List(PoolFilter filter)
    {
        var status = filter.Status is null ? null : ReserveStatuses.Parse(filter.Status);
        var units = filter.Unit is null ? null : UnitScope(filter.Unit);
        if (filter.Scheme is not null && store.Catalog.Find(filter.Scheme) is null)
            throw new ReserveException(ErrorCode.NotFound, $"未找到方案“{OperatorInput.Echo(filter.Scheme)}”");
        var people = new Dictionary<string, Person?>();
        return store.Repo.Reserves()
            .Where(r => filter.Scheme is null || r.SchemeId == filter.Scheme)
            .Where(r => status is null || r.Status == status)
            .Select(r => Row(r, people))
            .Where(r => units is null || (r.Unit is not null && units.Contains(r.Unit)))
            .Where(r => filter.Track is null || r.TrackId == filter.Track || r.TrackName == filter.Track)
            .OrderBy(r => r.Unit ?? "", StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.AdmittedOn)
            .ToList();
    }

    public ReserveFile Show(string id)
    {
        var doc = store.Repo.Reserves().FirstOrDefault(r => r.Id == id) ?? throw new ReserveException(ErrorCode.NotFound, $"未找到后备干部 {OperatorInput.Echo(id)}");
        var row = Row(doc, []);
        var campaign = store.Repo.Campaign(doc.CampaignId);
        var nomination = store.Repo.Nomination(doc.NominationId);
        var scheme = store.Catalog.Find(doc.SchemeId)?.Definition;
        var history = campaign is null ? [] : new CampaignService(store).History(campaign.Id)
            .Where(e => e.Subject == $"campaign/{doc.CampaignId}/nomination/{doc.NominationId}").ToList();
        return new ReserveFile(row, store.People.Get(doc.PersonId)?.Person, campaign?.UnitName, campaign?.Year,
            nomination is null ? null : scheme?.FindChannel(nomination.ChannelId)?.Name ?? nomination.ChannelId, history);
    }

    /// <summary>
    /// The scheme's quantity and structure rules (数量与结构) over the reserves in the pool, for the unit given and its
    /// sub-units (or every unit), on <paramref name="on"/>.
    /// </summary>
    public IReadOnlyList<PoolFinding> Structure(string schemeId, string? unit, DateOnly on)
    {
        var scheme = (store.Catalog.Find(schemeId) ?? throw new ReserveException(ErrorCode.NotFound, $"未找到方案“{OperatorInput.Echo(schemeId)}”")).Definition;
        var names = unit is null ? null : UnitScope(unit);
        var scope = store.Units.All().Where(u => names is null || names.Contains(u.Name))
            .Select(u => new UnitFacts(u.Name, u.Kind, u.PrincipalPosts, u.DeputyPosts)).ToList();
        var members = List(new PoolFilter(schemeId, unit, Status: ReserveStatuses.InPool)).Select(r =>
            new PoolMember(store.People.Get(r.PersonId)?.Person ?? new Person { Name = r.Name }, r.TrackId, scheme.FindTrack(r.TrackId)?.Level ?? PostLevel.Deputy)).ToList();
        var context = new PoolContext(on, scope, members);
        return scheme.PoolRules.Select(r => r.Check(context)).ToList();
    }

    private HashSet<string> UnitScope(string unitName) => UnitTree.NamesBelow(store.Units.All(), unitName);

    private ReserveRow Row(ReserveDocument r, Dictionary<string, Person?> people)
    {
        if (!people.TryGetValue(r.PersonId, out var person)) people[r.PersonId] = person = store.People.Get(r.PersonId)?.Person;
        var scheme = store.Catalog.Find(r.SchemeId)?.Definition;
        return new ReserveRow(r.Id, r.PersonId, r.PersonName, person?.Unit, r.SchemeId, scheme?.Manifest.ShortName ?? r.SchemeId,
            r.TrackId, scheme?.FindTrack(r.TrackId)?.Name ?? r.TrackId,
            DateOnly.FromDateTime(r.AdmittedOn), DateOnly.FromDateTime(r.TrainingEnd), r.PeriodEnd is { } end ? DateOnly.FromDateTime(end) : null,
            r.Status, ReserveStatuses.Code(r.Status), r.CampaignId, r.NominationId);
    }
}
