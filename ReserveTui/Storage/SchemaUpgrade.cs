using LiteDB;

namespace ReserveTui.Storage;

/// <summary>
/// Brings an older database file to the current schema, after a backup of it as it was. Each step is idempotent:
/// a step interrupted by a crash runs again whole on the next open, because the version is raised only after it.
/// </summary>
internal static class SchemaUpgrade
{
    /// <summary>1: the first release. 2: people carry <see cref="PersonDocument.Identity"/> (name + birth date + unit); ballots are numbered.</summary>
    public const int Current = 2;

    /// <summary>Upgrades <paramref name="db"/> from <paramref name="version"/>; returns the automatic backup's path.</summary>
    public static string? Run(LiteDatabase db, string location, int version)
    {
        // One process upgrades; another opening the file meanwhile waits here, then finds it done.
        using var _ = LiteLock.Hold(location);
        version = db.UserVersion;
        if (version >= Current) return null;
        var backup = Path.Combine(Path.GetDirectoryName(location) ?? "",
            $"{Path.GetFileNameWithoutExtension(location)}.v{version}-{DateTime.UtcNow:yyyyMMddHHmmssfff}.bak{Path.GetExtension(location)}");
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
                NumberBallots(db);
                break;
        }
    }

    // Schema 2 also numbers the ballots of earlier campaigns (票号 1, 2, … in the order entered) so they can be
    // listed and voided like new ones.
    private static void NumberBallots(LiteDatabase db)
    {
        var ballots = db.GetCollection("ballots");
        Atomically(db, () =>
        {
            var all = ballots.FindAll().ToList();
            foreach (var campaign in all.GroupBy(b => b["CampaignId"].AsString))
            {
                var number = 0;
                foreach (var ballot in campaign.OrderBy(b => b["_id"].AsString, StringComparer.Ordinal)) ballot["Number"] = ++number;
            }

            ballots.Update(all);
        });
    }

    private static void AddIdentity(LiteDatabase db)
    {
        var people = db.GetCollection("people");
        Atomically(db, () =>
        {
            var all = people.FindAll().ToList();
            foreach (var doc in all)
            {
                DateOnly? birth = doc["BirthDate"].IsDateTime ? DateOnly.FromDateTime(doc["BirthDate"].AsDateTime.ToUniversalTime()) : null;
                doc["Identity"] = PersonMapping.IdentityOf(doc["Name"].AsString ?? "", birth, doc["Unit"].IsString ? doc["Unit"].AsString : null);
            }

            people.Update(all);
            people.EnsureIndex("Identity", "$.Identity");
        });
    }

    // A step's writes all land or none do (the upgrade runs before ReserveDatabase exists, so not its Transaction).
    private static void Atomically(LiteDatabase db, Action work)
    {
        db.BeginTrans();
        try
        {
            work();
            db.Commit();
        }
        catch
        {
            db.Rollback();
            throw;
        }
    }
}
