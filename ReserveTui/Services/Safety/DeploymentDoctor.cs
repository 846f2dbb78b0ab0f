using System.Diagnostics;
using ReserveTui.Hosting;
using ReserveTui.Plugins;
using ReserveTui.Storage;

namespace ReserveTui.Services.Safety;

/// <summary>
/// <c>reserve doctor</c>: checks a deployment (docs/deploy-ssh.md) the way its administrator would by hand — who owns
/// the files and who else can read them, the plugins, whether the database opens and its record verifies, free
/// disk, and whether backups are being taken. It reads only; it never creates or changes a file.
/// </summary>
internal sealed class DeploymentDoctor(AppOptions options, SchemeCatalog catalog)
{
    /// <summary>A backup older than this is reported: the README's cron line takes one a day.</summary>
    public static readonly TimeSpan BackupAge = TimeSpan.FromHours(48);

    /// <summary>Less free space than this (or than ten times the database) is reported.</summary>
    public const long MinimumFreeBytes = 1L << 30;

    public IReadOnlyList<DoctorCheck> Run()
    {
        var checks = new List<DoctorCheck>();
        var db = Path.GetFullPath(options.DatabasePath);
        checks.Add(Folder(options.Paths.DataFolder));
        checks.AddRange(DatabaseFileChecks(db));
        checks.Add(Plugins());
        checks.AddRange(DatabaseChecks(db));
        checks.Add(Disk(db));
        checks.Add(Backups(Path.Combine(options.Paths.DataFolder, "backups")));
        if (File.Exists(options.Paths.LogFile)) checks.Add(Permissions("日志文件", options.Paths.LogFile));
        return checks;
    }

    private static DoctorCheck Folder(string folder)
    {
        if (!Directory.Exists(folder)) return new("数据文件夹", DoctorStatus.Warning, $"{folder} 不存在（首次写入时会新建）");
        if (OperatingSystem.IsWindows()) return new("数据文件夹", DoctorStatus.Ok, $"{folder}（Windows：权限未检查）");
        var mode = File.GetUnixFileMode(folder);
        if (mode.HasFlag(UnixFileMode.OtherWrite))
            return new("数据文件夹", DoctorStatus.Failure, $"{folder} 任何人都可写入（{Octal(mode)}）：请执行 chmod o-w");
        var setgid = mode.HasFlag(UnixFileMode.SetGroup) ? "，设置了 setgid（共用组方式）" : "";
        return new("数据文件夹", DoctorStatus.Ok, $"{folder}（{Owner(folder)}，{Octal(mode)}{setgid}）");
    }

    private static IEnumerable<DoctorCheck> DatabaseFileChecks(string db)
    {
        if (!File.Exists(db))
        {
            yield return new("数据库文件", DoctorStatus.Failure, $"{db} 不存在（用 reserve init 新建，或检查 --db）");
            yield break;
        }

        yield return Permissions("数据库文件", db);
    }

    // Personal data: nobody outside the owner and (in the shared-group deployment) the group may read the file.
    private static DoctorCheck Permissions(string what, string path)
    {
        if (OperatingSystem.IsWindows()) return new(what, DoctorStatus.Ok, $"{path}（Windows：权限未检查）");
        var mode = File.GetUnixFileMode(path);
        if ((mode & DatabaseFile.OtherAccess) != 0)
            return new(what, DoctorStatus.Failure, $"{path} 其他用户可访问（{Octal(mode)}），其中有个人信息：请执行 chmod o-rwx");
        return new(what, DoctorStatus.Ok, $"{path}（{Owner(path)}，{Octal(mode)}）");
    }

    private DoctorCheck Plugins()
    {
        if (catalog.Failures.Count > 0)
            return new("方案插件", DoctorStatus.Failure,
                $"{catalog.Failures.Count} 个插件未能加载：" + string.Join("；", catalog.Failures.Select(f => $"{f.Path}：{f.Reason}")));
        if (catalog.Schemes.Count == 0) return new("方案插件", DoctorStatus.Failure, "没有加载任何方案插件（检查 plugins/ 目录）");
        return new("方案插件", DoctorStatus.Ok, $"已加载 {catalog.Schemes.Count} 个方案：" + string.Join("、", catalog.Schemes.Select(s => $"{s.Id} v{s.Definition.Manifest.Version}")));
    }

    private static IEnumerable<DoctorCheck> DatabaseChecks(string path)
    {
        if (!File.Exists(path)) yield break;
        var found = new List<DoctorCheck>();
        try
        {
            using var db = ReserveDatabase.Open(path, DatabaseAccess.Read);
            var record = new AuditLog(db);
            var broken = record.Verify();
            found.Add(broken is null
                ? new("打开与校验", DoctorStatus.Ok, $"数据库可以打开，结构版本 {ReserveDatabase.SchemaVersion}，全程记实 {record.Count()} 条，哈希链完整{(db.IsReadOnly ? "（文件只读）" : "")}")
                : new("打开与校验", DoctorStatus.Failure, $"全程记实第 {broken} 条与哈希链不符：记录在程序之外被改动过（reserve audit verify 查看）"));
            var users = new UserRepository(db).All();
            found.Add(users.Count == 0
                ? new("操作员", DoctorStatus.Warning, "尚未登记操作员：任何能运行程序的人都是管理员。多人使用前请用 reserve users add 登记")
                : new("操作员", DoctorStatus.Ok, $"已登记 {users.Count} 名操作员，其中管理员 {users.Count(u => u.Role == "admin")} 名"));
            if (new DatabaseSettings(db).IsTraining)
                found.Add(new("培训库", DoctorStatus.Warning, "这是培训库（可用 --now 调整时钟），不应用于正式工作"));
        }
        catch (ReserveException ex)
        {
            found.Add(new("打开与校验", DoctorStatus.Failure, ex.Message));
        }
        catch (Exception ex) when (StorageFault.Is(ex))
        {
            found.Add(new("打开与校验", DoctorStatus.Failure, StorageFault.Describe(path, ex)));
        }

        foreach (var f in found) yield return f;
    }

    private static DoctorCheck Disk(string db)
    {
        var folder = Path.GetDirectoryName(db)!;
        while (!Directory.Exists(folder) && Path.GetDirectoryName(folder) is { } up) folder = up;
        var free = new DriveInfo(folder).AvailableFreeSpace;
        var size = File.Exists(db) ? new FileInfo(db).Length : 0;
        var needed = Math.Max(MinimumFreeBytes, size * 10);
        return free < needed
            ? new("磁盘空间", DoctorStatus.Warning, $"{folder} 所在磁盘只剩 {Size(free)}（建议至少 {Size(needed)}：备份与升级都要复制数据库）")
            : new("磁盘空间", DoctorStatus.Ok, $"剩余 {Size(free)}");
    }

    private DoctorCheck Backups(string folder)
    {
        var newest = Directory.Exists(folder)
            ? new DirectoryInfo(folder).GetFiles("*.db").OrderByDescending(f => f.LastWriteTimeUtc).FirstOrDefault()
            : null;
        if (newest is null)
            return new("备份", DoctorStatus.Warning, $"{folder} 中没有备份：请按 README 用 cron 每天执行 reserve backup");
        var age = DateTime.UtcNow - newest.LastWriteTimeUtc;
        return age > BackupAge
            ? new("备份", DoctorStatus.Warning, $"最近的备份 {newest.Name} 已是 {age.TotalDays:0.#} 天前：请检查 cron 中的 reserve backup")
            : new("备份", DoctorStatus.Ok, $"最近的备份 {newest.Name}（{age.TotalHours:0.#} 小时前，{Size(newest.Length)}）");
    }

    private static string Octal(UnixFileMode mode) => Convert.ToString((int)mode & 0xFFF, 8).PadLeft(4, '0');

    private static string Size(long bytes) => bytes >= 1L << 30 ? $"{bytes / (double)(1L << 30):0.#} GiB" : $"{bytes / (double)(1L << 20):0.#} MiB";

    // The owner and group by name. .NET has no call for a file's owner, so the system's stat says it.
    private static string Owner(string path)
    {
        try
        {
            using var stat = Process.Start(new ProcessStartInfo("stat", ["-c", "%U:%G", path]) { RedirectStandardOutput = true, RedirectStandardError = true });
            if (stat is null) return "属主未知";
            var text = stat.StandardOutput.ReadToEnd().Trim();
            stat.WaitForExit();
            return stat.ExitCode == 0 && text.Length > 0 ? "属主 " + text : "属主未知";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "属主未知";
        }
    }
}
