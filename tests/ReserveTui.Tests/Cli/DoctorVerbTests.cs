using System.Text.Json;
using ReserveTui.Hosting;
using ReserveTui.Storage;

namespace ReserveTui.Tests.Cli;

/// <summary><c>reserve doctor</c>: a deployment's checks, read-only, exit 9 when anything is broken.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class DoctorVerbTests : IDisposable
{
    private readonly TempDir _dir = new();

    private string Db => Path.Combine(_dir.Path, "reserve", "reserve.db");

    private (int Exit, string Out, string Err) Reserve(params string[] args) => CliRunner.RunAsAccount(_dir.Path, ["--db", Db, .. args]);

    private Dictionary<string, (string Status, string Message)> Checks()
    {
        var json = JsonDocument.Parse(Reserve("doctor", "--json").Out).RootElement;
        return json.GetProperty("checks").EnumerateArray()
            .ToDictionary(c => c.GetProperty("check").GetString()!, c => (c.GetProperty("status").GetString()!, c.GetProperty("message").GetString()!));
    }

    [Fact]
    public void AHealthyDeployment_PassesWithEveryCheckNamed()
    {
        Assert.Equal(0, Reserve("init").Exit);
        Assert.Equal(0, Reserve("users", "add", Environment.UserName, "--role", "admin").Exit);
        Assert.Equal(0, Reserve("backup").Exit);
        var (exit, output, _) = Reserve("doctor");
        Assert.True(exit == 0, output);
        Assert.Contains("部署检查通过", output);
        var checks = Checks();
        Assert.Equal("ok", checks["数据库文件"].Status);
        Assert.Equal("ok", checks["方案插件"].Status);
        Assert.Contains("已加载 6 个方案", checks["方案插件"].Message);
        Assert.Equal("ok", checks["打开与校验"].Status);
        Assert.Contains("哈希链完整", checks["打开与校验"].Message);
        Assert.Equal("ok", checks["操作员"].Status);
        Assert.Equal("ok", checks["备份"].Status);
        Assert.Equal("ok", checks["磁盘空间"].Status);
    }

    [Fact]
    public void NewFiles_AreNotReadableByOtherAccounts()
    {
        Assert.Equal(0, Reserve("init").Exit);
        Assert.Equal(0, Reserve("backup", "-o", Path.Combine(_dir.Path, "b.db")).Exit);
        const UnixFileMode other = UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;
        Assert.Equal((UnixFileMode)0, File.GetUnixFileMode(Db) & other);
        Assert.Equal((UnixFileMode)0, File.GetUnixFileMode(Path.Combine(_dir.Path, "b.db")) & other);
    }

    [Fact]
    public void AFileOthersCanRead_NoBackups_NoAccounts_AndABrokenRecord_AreEachReported()
    {
        Assert.Equal(0, Reserve("unit", "add", "示例街道", "--kind", "街道").Exit);
        File.SetUnixFileMode(Db, File.GetUnixFileMode(Db) | UnixFileMode.OtherRead);
        var (exit, output, _) = Reserve("doctor");
        Assert.Equal((int)ErrorCode.Unhealthy, exit);
        Assert.Contains("[错误] 数据库文件", output);
        Assert.Contains("chmod o-rwx", output);
        var checks = Checks();
        Assert.Equal("warning", checks["备份"].Status);
        Assert.Equal("warning", checks["操作员"].Status);

        File.SetUnixFileMode(Db, File.GetUnixFileMode(Db) & ~UnixFileMode.OtherRead);
        using (var db = ReserveDatabase.Open(Db))
        {
            var audit = db.Db.GetCollection("audit");
            var entry = audit.FindById(1L);
            entry["Operator"] = "someone-else";
            audit.Update(entry);
        }

        Assert.Equal("failure", Checks()["打开与校验"].Status);
        Assert.Equal((int)ErrorCode.Unhealthy, Reserve("doctor").Exit);
    }

    [Fact]
    public void AMissingDatabase_IsReported_AndDoctorCreatesNothing()
    {
        var (exit, output, _) = Reserve("doctor");
        Assert.Equal((int)ErrorCode.Unhealthy, exit);
        Assert.Contains("[错误] 数据库文件", output);
        Assert.False(File.Exists(Db));
    }

    public void Dispose() => _dir.Dispose();
}
