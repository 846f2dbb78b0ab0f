using ReserveTui.Cli;

namespace ReserveTui.Tests;

/// <summary>Runs the <c>reserve</c> command line in-process, with the bundled plugins and a private data folder.</summary>
internal static class CliRunner
{
    public static (int Exit, string Out, string Err) Run(string dataHome, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var env = new Dictionary<string, string?> { ["XDG_DATA_HOME"] = dataHome, ["HOME"] = dataHome, ["RESERVE_OPERATOR"] = "tester" };
        var exit = CliApp.Run(args, stdout, stderr, _ => throw new InvalidOperationException("the TUI must not open in a CLI test"), k => env.GetValueOrDefault(k));
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
