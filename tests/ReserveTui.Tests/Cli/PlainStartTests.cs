using ReserveTui.Cli;
using ReserveTui.Hosting;

namespace ReserveTui.Tests.Cli;

/// <summary>
/// Plain <c>reserve</c> opens the terminal UI without building the command tree (~13 ms of the start): it must
/// still read the same settings, and refuse bad ones the same way, as <c>reserve --lang …</c> through the parser.
/// </summary>
public sealed class PlainStartTests
{
    private static (int Exit, AppOptions? Options, string Err) Start(string[] args, Dictionary<string, string> env)
    {
        AppOptions? opened = null;
        var stderr = new StringWriter();
        var exit = CliApp.Run(args, TextWriter.Null, stderr, o => { opened = o; return 0; }, k => env.GetValueOrDefault(k));
        return (exit, opened, stderr.ToString());
    }

    [Fact]
    public void NoArguments_OpensTheTui_OnTheEnvironmentsSettings_AsTheParserWould()
    {
        var env = new Dictionary<string, string> { ["RESERVE_DB"] = "/srv/reserve/org.db", ["RESERVE_LANG"] = "en", ["HOME"] = "/home/op" };
        var plain = Start([], env);
        var parsed = Start(["--plugins", "/opt/more"], env);
        Assert.Equal(0, plain.Exit);
        Assert.NotNull(plain.Options);
        Assert.Equal("/srv/reserve/org.db", plain.Options.DatabasePath);
        Assert.Equal("en", plain.Options.Language);
        Assert.Equal(parsed.Options!.DatabasePath, plain.Options.DatabasePath);
        Assert.Equal(parsed.Options.Operator, plain.Options.Operator);
        Assert.Equal(parsed.Options.PluginFolders.Except(["/opt/more"]), plain.Options.PluginFolders);
    }

    [Fact]
    public void NoArguments_WithABadClockSetting_IsRefusedInASentence_AndTheTuiDoesNotOpen()
    {
        var env = new Dictionary<string, string> { ["RESERVE_NOW"] = "明天", ["HOME"] = "/home/op" };
        var plain = Start([], env);
        var parsed = Start(["--lang", "zh"], env);
        Assert.Null(plain.Options);
        Assert.NotEqual(0, plain.Exit);
        Assert.Equal(parsed.Exit, plain.Exit);
        Assert.Equal(parsed.Err, plain.Err);
        Assert.StartsWith("错误：", plain.Err);
        Assert.Contains("明天", plain.Err);
    }
}
