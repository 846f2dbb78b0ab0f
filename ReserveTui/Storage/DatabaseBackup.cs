using LiteDB;
using ReserveTui.Hosting;

namespace ReserveTui.Storage;

/// <summary>
/// A consistent copy of the database while other operators work. A read transaction in shared mode holds LiteDB's
/// cross-process lock until it ends, so no one writes while the data file and its log are copied; the copy's log is
/// then merged into it, leaving one self-contained file.
/// </summary>
internal static class DatabaseBackup
{
    /// <summary>LiteDB keeps uncheckpointed pages beside the data file: x.db → x-log.db.</summary>
    public static string LogFileOf(string path) =>
        Path.Combine(Path.GetDirectoryName(path) ?? "", Path.GetFileNameWithoutExtension(path) + "-log" + Path.GetExtension(path));

    /// <summary>Copies <paramref name="database"/> to <paramref name="target"/> (a new file; an existing one is refused).</summary>
    public static void Copy(ReserveDatabase database, string target)
    {
        // Inside a transaction LiteDB's BeginTrans would end the caller's transaction, and the rollback discard its work.
        if (database.InTransaction) throw new InvalidOperationException("A backup cannot be taken inside a transaction.");
        Copy(database.Db, database.Location, target);
    }

    public static void Copy(LiteDatabase db, string source, string target)
    {
        target = Path.GetFullPath(target);
        if (File.Exists(target) || Directory.Exists(target))
            throw new ReserveException(ErrorCode.Usage, $"备份目标 {target} 已存在：请换一个文件名（备份不会覆盖任何文件）");
        var folder = Path.GetDirectoryName(target);
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        var partial = target + ".partial";
        var partialLog = LogFileOf(partial);
        try
        {
            db.BeginTrans();
            try
            {
                CopyBytes(source, partial);
                if (File.Exists(LogFileOf(source))) CopyBytes(LogFileOf(source), partialLog);
            }
            finally
            {
                db.Rollback();
            }

            // Merging the log in the copy (a checkpoint on close) makes it one file that opens anywhere.
            using (var copy = new LiteDatabase(new ConnectionString { Filename = partial, Connection = ConnectionType.Direct, Collation = db.Collation }))
                copy.Checkpoint();
            if (File.Exists(partialLog)) File.Delete(partialLog);
            DatabaseFile.KeepPrivate(partial);
            File.Move(partial, target);
        }
        catch
        {
            TryDelete(partial);
            TryDelete(partialLog);
            throw;
        }
    }

    private static void CopyBytes(string from, string to)
    {
        using var input = new FileStream(from, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var output = new FileStream(to, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        input.CopyTo(output);
        output.Flush(flushToDisk: true);
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (File.Exists(path)) File.Delete(path);
        }
        catch (IOException)
        {
        }
    }
}
