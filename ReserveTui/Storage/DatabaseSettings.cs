using LiteDB;

namespace ReserveTui.Storage;

/// <summary>
/// Marks the database carries about itself. Only one so far: a training or demo database (培训库), the only kind on
/// which the clock may be set (<c>--now</c>) — on a real one that would let anyone walk past a 7-day notice.
/// </summary>
internal sealed class DatabaseSettings(ReserveDatabase database)
{
    private const string Training = "training";
    private const string PeopleRevisionKey = "people-revision";

    private readonly ILiteCollection<BsonDocument> _settings = database.Db.GetCollection("settings");

    public bool IsTraining => _settings.FindById(Training) is { } d && d["Value"].AsBoolean;

    /// <summary>
    /// A number every change to the people collection raises (inside the change's transaction): an in-memory search
    /// over the people (<see cref="PeopleRepository.Keys"/>) compares it, one small read, to know it is still true.
    /// </summary>
    public long PeopleRevision => _settings.FindById(PeopleRevisionKey) is { } d ? d["Value"].AsInt64 : 0;

    /// <summary>Raises <see cref="PeopleRevision"/>. Call inside the transaction that changes people.</summary>
    public void BumpPeopleRevision() =>
        _settings.Upsert(new BsonDocument { ["_id"] = PeopleRevisionKey, ["Value"] = PeopleRevision + 1 });

    /// <summary>Marks the file as a training database. Call inside a transaction; there is no way back (a real database is never made from one).</summary>
    public void MarkTraining(DateTime at, string by) =>
        _settings.Upsert(new BsonDocument { ["_id"] = Training, ["Value"] = true, ["At"] = at, ["By"] = by });
}
