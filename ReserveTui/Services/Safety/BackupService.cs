using ReserveTui.Hosting;
using ReserveTui.Storage;

namespace ReserveTui.Services.Safety;

/// <summary>
/// Backups (备份) and restores. A backup is checked the way a restore will check it — it opens, its schema is
/// known, its record verifies — so a bad copy is found the day it is made, not the day it is needed.
/// </summary>
/// <param name="access">A backup holds everyone's personal data: only an administrator takes or restores one. Null: an open database.</param>
internal sealed class BackupService(TimeProvider clock, string operatorName, Access.OperatorAccess? access = null)
{
    /// <summary>The default backup file: backups/reserve-YYYYMMDD-HHMMSS.db in the data folder.</summary>
    public string DefaultTarget(string dataFolder) =>
        Path.Combine(dataFolder, "backups", $"reserve-{clock.GetLocalNow():yyyyMMdd-HHmmss}.db");

    /// <summary>Copies <paramref name="database"/> to <paramref name="target"/> while others work, then checks the copy.</summary>
    public BackupResult Backup(ReserveDatabase database, string target)
    {
        access?.EnsureAdmin("备份数据库");
        target = Path.GetFullPath(target);
        if (string.Equals(target, database.Location, StringComparison.Ordinal))
            throw new ReserveException(ErrorCode.Usage, "备份文件不能是数据库本身");
        try
        {
            DatabaseBackup.Copy(database, target);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ReserveException(ErrorCode.Storage, $"无法写入备份 {target}：{ex.Message}");
        }

        int entries;
        try
        {
            entries = Check(target, "备份");
        }
        catch
        {
            File.Delete(target);
            throw;
        }

        if (!database.IsReadOnly)
            database.Transaction(() => new AuditLog(database).Append(clock.GetUtcNow(), operatorName, "database.backup", "database",
                new { file = target, audit_entries = entries }));
        return new BackupResult(target, new FileInfo(target).Length, entries);
    }

    /// <summary>
    /// Replaces the database at <paramref name="databasePath"/> with <paramref name="backup"/>, after checking a copy
    /// of it; the replaced file (and its log) is kept beside it. Nothing is replaced when the check fails. The swap
    /// holds LiteDB's own lock of the path, so no ReserveTui process writes while files move.
    /// </summary>
    public RestoreResult Restore(string databasePath, string backup)
    {
        access?.EnsureAdmin("恢复数据库");
        databasePath = Path.GetFullPath(databasePath);
        backup = Path.GetFullPath(backup);
        if (!File.Exists(backup))
            throw new ReserveException(Directory.Exists(backup) ? ErrorCode.BadInput : ErrorCode.NotFound,
                Directory.Exists(backup) ? $"{backup} 是一个文件夹，不是备份文件" : $"找不到备份文件 {backup}");
        if (string.Equals(databasePath, backup, StringComparison.Ordinal))
            throw new ReserveException(ErrorCode.Usage, "备份文件就是当前数据库，无需恢复");
        if (Directory.Exists(databasePath))
            throw new ReserveException(ErrorCode.Storage, $"{databasePath} 是一个文件夹，不是数据库文件，未恢复");
        // A damaged database still has LiteDB's header; a README has not. Only a database is ever moved aside.
        if (File.Exists(databasePath) && DatabaseFile.HeaderVersion(databasePath) is null)
            throw new ReserveException(ErrorCode.Storage, $"{databasePath} 不是 ReserveTui 数据库，未恢复、未改动（若是文件头已损坏的数据库，请先把它移到别处再恢复）");
        DatabaseFile.EnsureDatabase(backup);
        var folder = Path.GetDirectoryName(databasePath)!;
        // Checked and upgraded as a copy beside the target, so the final step is a rename on the same file system.
        var staging = Path.Combine(folder, $".{Path.GetFileName(databasePath)}.restoring-{Environment.ProcessId}");
        try
        {
            Directory.CreateDirectory(folder);
            DeleteWithLog(staging);
            var entries = CheckedCopy(backup, staging, databasePath);
            var replaced = Swap(databasePath, staging, folder);
            return new RestoreResult(databasePath, replaced, entries + 1);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ReserveException(ErrorCode.Storage, $"恢复未完成：{ex.Message}（原数据库未被替换）");
        }
        finally
        {
            DeleteWithLog(staging);
        }
    }

    // The copy that will become the database: opens, has a known schema, its record verifies, and it records the restore.
    private int CheckedCopy(string backup, string staging, string databasePath)
    {
        File.Copy(backup, staging);
        // A backup kept read-only must still take the restore's entry; the restored file keeps the old file's mode.
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(staging, File.Exists(databasePath) ? File.GetUnixFileMode(databasePath) | UnixFileMode.UserWrite
                : UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite);
        try
        {
            using var copy = ReserveDatabase.Open(staging, DatabaseAccess.Read);
            var entries = Verified(copy, backup);
            copy.Transaction(() => new AuditLog(copy).Append(clock.GetUtcNow(), operatorName, "database.restore", "database",
                new { from = backup, audit_entries = entries }));
            // An older backup was upgraded as it was checked; the backup file itself is the copy as it was.
            if (copy.UpgradeBackup is { } upgraded) File.Delete(upgraded);
            return entries;
        }
        catch (ReserveException ex) when (ex.Code == ErrorCode.Storage)
        {
            throw new ReserveException(ErrorCode.Storage, $"备份 {backup} 不能使用：{ex.Message.Replace(staging, backup)}");
        }
    }

    // Under the path's lock: the old log first (it must never be replayed into the restored file), then the old
    // file, then the checked copy into place.
    private string? Swap(string databasePath, string staging, string folder)
    {
        using var _ = LiteLock.Hold(databasePath);
        var replaced = Unused(Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(databasePath)}.replaced-{clock.GetLocalNow():yyyyMMdd-HHmmss}"), Path.GetExtension(databasePath));
        var log = DatabaseBackup.LogFileOf(databasePath);
        var hadFile = File.Exists(databasePath);
        if (File.Exists(log)) File.Move(log, DatabaseBackup.LogFileOf(replaced));
        if (hadFile) File.Move(databasePath, replaced);
        DatabaseFile.KeepPrivate(staging);
        File.Move(staging, databasePath);
        return hadFile ? replaced : null;
    }

    private static string Unused(string stem, string extension)
    {
        var path = stem + extension;
        for (var i = 2; File.Exists(path) || File.Exists(DatabaseBackup.LogFileOf(path)); i++) path = $"{stem}-{i}{extension}";
        return path;
    }

    // Opens a file as a database (never creating one) and verifies its record; the number of entries, or a refusal.
    private static int Check(string path, string what)
    {
        try
        {
            using var copy = ReserveDatabase.Open(path, DatabaseAccess.Read);
            return Verified(copy, path);
        }
        catch (ReserveException ex) when (ex.Code == ErrorCode.Storage)
        {
            throw new ReserveException(ErrorCode.Storage, $"{what} {path} 不能使用：{ex.Message}");
        }
    }

    private static int Verified(ReserveDatabase db, string shownAs)
    {
        var record = new AuditLog(db);
        long? broken;
        int count;
        try
        {
            broken = record.Verify();
            count = record.Count();
        }
        catch (Exception ex) when (StorageFault.Is(ex))
        {
            throw new ReserveException(ErrorCode.Storage, $"{shownAs} 无法读取（{ex.Message}），文件可能已损坏");
        }

        if (broken is not null)
            throw new ReserveException(ErrorCode.Tampered, $"{shownAs} 的全程记实第 {broken} 条与哈希链不符，不能使用");
        return count;
    }

    private static void DeleteWithLog(string path)
    {
        if (File.Exists(path)) File.Delete(path);
        var log = DatabaseBackup.LogFileOf(path);
        if (File.Exists(log)) File.Delete(log);
    }
}
