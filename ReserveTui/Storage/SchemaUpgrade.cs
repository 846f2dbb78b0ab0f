using LiteDB;

namespace ReserveTui.Storage;

/// <summary>
/// Brings an older database file to the current schema, after a backup of it as it was. Each step is idempotent:
/// a step interrupted by a crash runs again whole on the next open, because the version is raised only after it.
/// </summary>
internal static class SchemaUpgrade
{
    /// <summary>1: the first release. 2: people carry <see cref="PersonDocument.Identity"/> (name + birth date + unit).</summary>
    public const int Current = 2;

    /// <summary>Upgrades <paramref name="db"/> from <paramref name="version"/>; returns the automatic backup's path.</summary>
    public static string Run(LiteDatabase db, string location, int version)
    {
        var backup = Path.Combine(Path.GetDirectoryName(location) ?? "",
            $"{Path.GetFileNameWithoutExtension(location)}.v{version}-{DateTime.UtcNow:yyyyMMddHHmmss}.bak{Path.GetExtension(location)}");
        DatabaseBackup.Copy(db, location, backup);
        for (var from = version; from < Current; from++)
        {
            Step(db, from);
            db.UserVersion = from + 1;
        }

        return backup;
    }

    private static void Step(LiteDatabase db, int from)
    {
        switch (from)
        {
            case 1:
                AddIdentity(db);
                break;
        }
    }

    private static void AddIdentity(LiteDatabase db)
    {
        var people = db.GetCollection("people");
        db.BeginTrans();
        try
        {
            var all = people.FindAll().ToList();
            foreach (var doc in all)
            {
                DateOnly? birth = doc["BirthDate"].IsDateTime ? DateOnly.FromDateTime(doc["BirthDate"].AsDateTime.ToUniversalTime()) : null;
                doc["Identity"] = PersonMapping.IdentityOf(doc["Name"].AsString ?? "", birth, doc["Unit"].IsString ? doc["Unit"].AsString : null);
            }

            people.Update(all);
            people.EnsureIndex("Identity", "$.Identity");
            db.Commit();
        }
        catch
        {
            db.Rollback();
            throw;
        }
    }
}
