using LiteDB;
using ReserveTui.Hosting;

namespace ReserveTui.Storage;

/// <summary>Campaigns, nominations, ballots and reserves: the collections of one selection's run.</summary>
internal sealed class CampaignRepository
{
    private readonly ILiteCollection<CampaignDocument> _campaigns;
    private readonly ILiteCollection<NominationDocument> _nominations;
    private readonly ILiteCollection<BallotDocument> _ballots;
    private readonly ILiteCollection<ReserveDocument> _reserves;
    private readonly ILiteCollection<BallotImportDocument> _ballotImports;

    public CampaignRepository(ReserveDatabase database)
    {
        _campaigns = database.Db.GetCollection<CampaignDocument>("campaigns");
        _nominations = database.Db.GetCollection<NominationDocument>("nominations");
        if (!database.IsReadOnly) _nominations.EnsureIndex(n => n.CampaignId);
        _ballots = database.Db.GetCollection<BallotDocument>("ballots");
        if (!database.IsReadOnly) _ballots.EnsureIndex(b => b.CampaignId);
        _ballotImports = database.Db.GetCollection<BallotImportDocument>("ballot_imports");
        _reserves = database.Db.GetCollection<ReserveDocument>("reserves");
        if (!database.IsReadOnly) _reserves.EnsureIndex(r => r.PersonId);
    }

    public static string NewId() => ObjectId.NewObjectId().ToString();

    public CampaignDocument? Campaign(string id) => _campaigns.FindById(id);

    // Creation time first; ties (one clock tick, a fixed --now) fall back to year, unit and id, so the order is stable.
    public IReadOnlyList<CampaignDocument> Campaigns() => _campaigns.FindAll().OrderBy(c => c.CreatedAt).ThenBy(c => c.Year).ThenBy(c => c.UnitName, StringComparer.Ordinal).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();

    public void Insert(CampaignDocument c) => _campaigns.Insert(c);

    /// <summary>Saves a campaign if nobody changed it since <paramref name="expectedVersion"/>; the version moves on.</summary>
    public void Update(CampaignDocument c, int expectedVersion) =>
        VersionedSave.Save(_campaigns, c, expectedVersion, _campaigns.FindById(c.Id)?.Version, v => c.Version = v);

    public NominationDocument? Nomination(string id) => _nominations.FindById(id);

    public IReadOnlyList<NominationDocument> Nominations(string campaignId) =>
        _nominations.Query().Where(n => n.CampaignId == campaignId).OrderBy(n => n.PersonName).ToList();

    public void Insert(NominationDocument n) => _nominations.Insert(n);

    public void Update(NominationDocument n, int expectedVersion) =>
        VersionedSave.Save(_nominations, n, expectedVersion, _nominations.FindById(n.Id)?.Version, v => n.Version = v);

    /// <summary>The ballots that count: voided ones are kept in the file and left out of every tally and guard.</summary>
    public IReadOnlyList<BallotDocument> Ballots(string campaignId) => _ballots.Query().Where(b => b.CampaignId == campaignId && b.VoidedAt == null).ToList();

    /// <summary>Every ballot of the campaign, voided ones too, by number.</summary>
    public IReadOnlyList<BallotDocument> AllBallots(string campaignId) => _ballots.Query().Where(b => b.CampaignId == campaignId).ToList().OrderBy(b => b.Number).ToList();

    public void Insert(IEnumerable<BallotDocument> ballots) => _ballots.InsertBulk(ballots);

    public void Update(IEnumerable<BallotDocument> ballots) => _ballots.Update(ballots);

    public IReadOnlyList<BallotImportDocument> BallotImports(string campaignId) =>
        _ballotImports.Query().Where(i => i.CampaignId == campaignId).ToList().OrderBy(i => i.Batch).ToList();

    public void Insert(BallotImportDocument import) => _ballotImports.Insert(import);

    public void Update(BallotImportDocument import) => _ballotImports.Update(import);

    public void Insert(ReserveDocument r) => _reserves.Insert(r);

    public IReadOnlyList<ReserveDocument> Reserves() => _reserves.Query().OrderBy(r => r.AdmittedOn).ToList();

    public ReserveDocument? Reserve(string id) => _reserves.FindById(id);

    /// <summary>Reserves of <paramref name="status"/> whose management period ended on or before <paramref name="day"/> (filtered in the engine, before mapping).</summary>
    public IReadOnlyList<ReserveDocument> PeriodEnded(string status, DateTime day) =>
        _reserves.Query().Where(r => r.Status == status && r.PeriodEnd != null && r.PeriodEnd <= day).ToList();

    /// <summary>Saves a reserve if nobody changed it since <paramref name="expectedVersion"/>; the version moves on.</summary>
    public void Update(ReserveDocument r, int expectedVersion) =>
        VersionedSave.Save(_reserves, r, expectedVersion, _reserves.FindById(r.Id)?.Version, v => r.Version = v);
}
