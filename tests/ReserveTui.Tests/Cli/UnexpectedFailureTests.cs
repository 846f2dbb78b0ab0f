using ReserveTui.Cli;
using ReserveTui.Hosting;
using ReserveTui.Storage;

namespace ReserveTui.Tests.Cli;

/// <summary>Failures nobody foresaw: one Chinese sentence for the operator, the stack in the log, never on the screen.</summary>
public sealed class UnexpectedFailureTests
{
    [Fact]
    public void AnUnexpectedException_ExitsOne_WithASentence_AndTheStackGoesToTheLog()
    {
        using var dir = new TempDir();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var env = new Dictionary<string, string?> { ["XDG_DATA_HOME"] = dir.Path };
        var exit = CliApp.Run(["--db", Path.Combine(dir.Path, "x.db")], stdout, stderr, _ => throw new InvalidOperationException("终端无法初始化"), k => env.GetValueOrDefault(k));

        Assert.Equal(CliApp.InternalError, exit);
        var log = Path.Combine(dir.Path, "reserve", "reserve.log");
        Assert.Equal($"错误：本次命令未完成，程序内部错误：InvalidOperationException：终端无法初始化（详情已写入 {log}）{Environment.NewLine}", stderr.ToString());
        Assert.DoesNotContain("   at ", stderr.ToString());
        var logged = File.ReadAllText(log);
        // The log keeps the type and the stack; the Chinese message (which may quote a person) is blanked.
        Assert.Contains("System.InvalidOperationException: ＊", logged);
        Assert.DoesNotContain("终端", logged);
        Assert.Contains("   at ", logged);
    }

    [Fact]
    public void AStorageFailureInATransaction_IsAChineseStorageError_AndNothingIsWritten()
    {
        using var db = ReserveDatabase.InMemory();
        var people = db.Db.GetCollection("probe");
        var error = Assert.Throws<ReserveException>(() => db.Transaction<int>(() =>
        {
            people.Insert(new LiteDB.BsonDocument { ["_id"] = 1 });
            throw new IOException("磁盘已满");
        }));
        Assert.Equal(ErrorCode.Storage, error.Code);
        Assert.Contains("读写失败，本次操作未写入任何内容：磁盘已满", error.Message);
        Assert.Equal(0, people.Count());
    }
}
