using ReserveTui.Cli;
using ReserveTui.Hosting;

namespace ReserveTui.Tests.Access;

/// <summary>
/// The SSH forced command: <c>reserve --operator NAME --db …</c> is the administrator's; what the client typed
/// (SSH_ORIGINAL_COMMAND) runs as a verb with that identity and may not widen it.
/// </summary>
public sealed class ForcedCommandTests : IDisposable
{
    private readonly Deployment _org = new();

    private (int Exit, string Out, string Err) Ssh(string operatorName, string clientCommand)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        // As sshd runs a forced command: the client's words, and the connection it came in on.
        var env = new Dictionary<string, string?>
        {
            ["XDG_DATA_HOME"] = _org.Dir.Path, ["HOME"] = _org.Dir.Path, ["SSH_ORIGINAL_COMMAND"] = clientCommand, ["SSH_CONNECTION"] = "127.0.0.1 50000 127.0.0.1 22",
        };
        var exit = CliApp.Run(["--operator", operatorName, "--db", _org.Database], stdout, stderr,
            _ => throw new InvalidOperationException("the TUI must not open for a client command"), k => env.GetValueOrDefault(k));
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Theory]
    [InlineData("reserve --db /etc/passwd people list", "--db")]
    [InlineData("people list --db=/etc/passwd", "--db")]
    [InlineData("reserve --operator zuzhibu users list", "--operator")]
    [InlineData("campaign show x --now 2027-01-01", "--now")]
    [InlineData("schemes --plugins /tmp/evil", "--plugins")]
    [InlineData("schemes --plugins:/tmp/evil", "--plugins")]
    [InlineData("pool list --now:2031-01-01", "--now")]
    [InlineData("people list --DB:/etc/passwd", "--db")]
    [InlineData("people list -db /etc/passwd", "--db")]
    public void TheClientCannotNameAnotherDatabaseOperatorClockOrPluginFolder(string command, string option)
    {
        var before = _org.RecordCount();
        var (exit, output, err) = Ssh(Deployment.StreetOperator, command);
        Assert.Equal((int)ErrorCode.Refused, exit);
        Assert.Contains($"通过 SSH 登录时不能使用 {option}", err);
        Assert.Equal("", output);
        Assert.Equal(before, _org.RecordCount());
    }

    [Theory]
    [InlineData("people list @/etc/passwd")]
    [InlineData("people list -- --db /etc/passwd")]
    [InlineData("people list --filter '未配对")]
    public void ArgumentsFromAFile_AnEndOfOptions_AndAnUnclosedQuote_AreRefused(string command)
    {
        var (exit, _, err) = Ssh(Deployment.StreetOperator, command);
        Assert.NotEqual(0, exit);
        Assert.DoesNotContain("root:", err);
    }

    [Fact]
    public void AClientVerb_RunsAsTheForcedOperator_WithTheirLimits_AndTheRecordNamesThem()
    {
        var listed = Ssh(Deployment.StreetOperator, "reserve people list --filter '街道甲'");
        Assert.Equal(0, listed.Exit);
        Assert.Contains("街道甲", listed.Out);
        Assert.Contains("共 1 人", listed.Out);
        Assert.Contains("共 2 人", Ssh(Deployment.StreetOperator, "people list").Out);

        var added = Ssh(Deployment.StreetOperator, "campaign new --scheme street --unit \"示例东社区\" --year 2027");
        Assert.Equal(0, added.Exit);
        var entry = _org.Record().Last();
        Assert.Equal(("campaign.new", Deployment.StreetOperator), (entry.Action, entry.Operator));

        // The unit operator's limits hold over SSH as they do anywhere.
        Assert.Equal((int)ErrorCode.Refused, Ssh(Deployment.StreetOperator, "users list").Exit);
    }

    [Fact]
    public void WithoutAClientCommand_TheTerminalUiOpens_AsTheForcedOperator()
    {
        AppOptions? opened = null;
        var env = new Dictionary<string, string?> { ["XDG_DATA_HOME"] = _org.Dir.Path };
        var exit = CliApp.Run(["--operator", Deployment.Viewer, "--db", _org.Database], TextWriter.Null, TextWriter.Null, o => { opened = o; return 0; }, k => env.GetValueOrDefault(k));
        Assert.Equal(0, exit);
        Assert.Equal((Deployment.Viewer, true), (opened!.Operator, opened.OperatorGiven));
    }

    private string Exchange => Path.Combine(_org.Dir.Path, "reserve", "exchange");

    [Theory]
    [InlineData("render roster --format md -o /tmp/elsewhere.md")]
    [InlineData("render roster --format md -o ../reserve.db")]
    [InlineData("render roster --format md -o .ssh")]
    [InlineData("backup -o /tmp/copy.db")]
    [InlineData("people import /etc/passwd")]
    [InlineData("check --scheme college --track 副处级后备 --people /etc/passwd")]
    public void OverSsh_FilesAreNamedOnly_AndLiveInTheExchangeFolder(string command)
    {
        var (exit, output, err) = Ssh(Deployment.Admin, command);
        Assert.Equal((int)ErrorCode.Refused, exit);
        Assert.Contains("交换文件夹", err);
        Assert.DoesNotContain("root:", output + err);
    }

    [Fact]
    public void OverSsh_ADocumentIsWrittenIntoTheExchangeFolder_NeverOverAnExistingFile_AndAnImportReadsFromIt()
    {
        var db = File.ReadAllBytes(_org.Database);
        Assert.Equal(0, Ssh(Deployment.Viewer, "render roster --format md -o 名册.md").Exit);
        Assert.True(File.Exists(Path.Combine(Exchange, "名册.md")));
        var again = Ssh(Deployment.Viewer, "render roster --format md -o 名册.md");
        Assert.Equal((int)ErrorCode.Refused, again.Exit);
        Assert.Contains("未覆盖", again.Err);
        Assert.Equal((int)ErrorCode.Refused, Ssh(Deployment.Viewer, "render roster --format md -o " + _org.Database).Exit);

        File.WriteAllText(Path.Combine(Exchange, "new.csv"), "姓名,出生日期,学历,单位\n新人,1990-05-05,大学本科,示例街道\n");
        var imported = Ssh(Deployment.StreetOperator, "people import new.csv");
        Assert.True(imported.Exit == 0, imported.Err);
        Assert.Contains("共 3 人", Ssh(Deployment.StreetOperator, "people list").Out);
    }

    [Fact]
    public void OverSsh_EveryVerbNeedsAnAccount_ThoseWithoutADatabaseToo()
    {
        foreach (var command in new[] { "schemes", "scheme show college", "render scheme --scheme college --format md", "doctor" })
        {
            var (exit, _, err) = Ssh("stranger", command);
            Assert.Equal((int)ErrorCode.Refused, exit);
            Assert.Contains("未登记", err);
        }

        Assert.Equal(0, Ssh(Deployment.Viewer, "schemes").Exit);
        Assert.Equal((int)ErrorCode.Refused, Ssh(Deployment.Viewer, "doctor").Exit);
    }

    [Fact]
    public void ShellWords_SplitLikeSh_WithoutExpandingAnything()
    {
        Assert.Equal(["a", "b c", "d\"e", "$HOME", "f g"], ShellWords.Split("a 'b c' \"d\\\"e\" '$HOME' f\\ g"));
        Assert.Empty(ShellWords.Split("   "));
        Assert.Throws<ReserveException>(() => ShellWords.Split("a \"b"));
    }

    public void Dispose() => _org.Dispose();
}
