using ReserveTui.Hosting;
using ReserveTui.Storage;

namespace ReserveTui.Services.Safety;

/// <summary>
/// Backups (备份) and restores. A backup is checked the way a restore will check it — it opens, its schema is
/// known, its record verifies — so a bad copy is found the day it is made, not the day it is needed.
/// </summary>
internal sealed class BackupService(TimeProvider clock, string operatorName)
{
    /// <summary>The default backup file: backups/reserve-YYYYMMDD-HHMMSS.db in the data folder.</summary>
    public string DefaultTarget(string dataFolder) =>
        Path.Combine(dataFolder, "backups", $"reserve-{clock.GetLocalNow():yyyyMMdd-HHmmss}.db");

    /// <summary>Copies <paramref name="database"/> to <paramref name="target"/> while others work, then checks the copy.</summary>
    public BackupResult Backup(ReserveDatabase database, string target)
    {
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
    /// of it; the replaced file (and its log) is kept beside it. Nothing is replaced when the check fails.
    /// </summary>
    public RestoreResult Restore(string databasePath, string backup)
    {
        databasePath = Path.GetFullPath(databasePath);
        backup = Path.GetFullPath(backup);
        if (!File.Exists(backup))
            throw new ReserveException(Directory.Exists(backup) ? ErrorCode.BadInput : ErrorCode.NotFound,
                Directory.Exists(backup) ? $"{backup} 是一个文件夹，不是备份文件" : $"找不到备份文件 {backup}");
        if (string.Equals(databasePath, backup, StringComparison.Ordinal))
            throw new ReserveException(ErrorCode.Usage, "备份文件就是当前数据库，无需恢复");
        DatabaseFile.EnsureDatabase(backup);
        var folder = Path.GetDirectoryName(databasePath)!;
        Directory.CreateDirectory(folder);
        // Checked and upgraded as a copy beside the target, so the final step is one rename on the same file system.
        var staging = Path.Combine(folder, $".{Path.GetFileName(databasePath)}.restoring-{Environment.ProcessId}");
        DeleteWithLog(staging);
        string? upgraded;
        int entries;
        try
        {
            File.Copy(backup, staging);
            // A backup kept read-only must still take the restore's entry; the restored file keeps the old file's mode.
            if (!OperatingSystem.IsWindows())
                File.SetUnixFileMode(staging, File.Exists(databasePath) ? File.GetUnixFileMode(databasePath) | UnixFileMode.UserWrite
                    : UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite);
            using (var copy = ReserveDatabase.Open(staging, DatabaseAccess.Read))
            {
                upgraded = copy.UpgradeBackup;
                entries = Verified(copy, "备份");
                copy.Transaction(() => new AuditLog(copy).Append(clock.GetUtcNow(), operatorName, "database.restore", "database",
                    new { from = backup, audit_entries = entries }));
            }

            if (upgraded is not null) File.Delete(upgraded);
        }
        catch
        {
            DeleteWithLog(staging);
            throw;
        }

        string? replaced = null;
        if (File.Exists(databasePath))
        {
            replaced = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(databasePath)}.replaced-{clock.GetLocalNow():yyyyMMdd-HHmmss}{Path.GetExtension(databasePath)}");
            File.Move(databasePath, replaced);
            // An old log left behind would be replayed into the restored file: it goes with the file it belongs to.
            var log = DatabaseBackup.LogFileOf(databasePath);
            if (File.Exists(log)) File.Move(log, DatabaseBackup.LogFileOf(replaced));
        }

        File.Move(staging, databasePath);
        return new RestoreResult(databasePath, replaced, entries + 1, upgraded);
    }

    // Opens a file as a database (never creating one) and verifies its record; the number of entries, or a refusal.
    private static int Check(string path, string what)
    {
        using var copy = ReserveDatabase.Open(path, DatabaseAccess.Read);
        return Verified(copy, what);
    }

    private static int Verified(ReserveDatabase db, string what)
    {
        var record = new AuditLog(db);
        if (record.Verify() is { } broken)
            throw new ReserveException(ErrorCode.Tampered, $"{what} {db.Location} 的全程记实第 {broken} 条与哈希链不符，不能使用");
        return record.Count();
    }

    private static void DeleteWithLog(string path)
    {
        if (File.Exists(path)) File.Delete(path);
        var log = DatabaseBackup.LogFileOf(path);
        if (File.Exists(log)) File.Delete(log);
    }
}
