using ReserveTui.Cli;

namespace ReserveTui.Tests;

/// <summary>Runs the <c>reserve</c> command line in-process, with the bundled plugins and a private data folder.</summary>
internal static class CliRunner
{
    /// <summary>
    /// Runs as the operator "tester", as an SSH forced command would name them (a test that names its own operator
    /// keeps it). A test that sets the clock (--now) works on a training database: when the database does not exist
    /// yet, it is first made one with <c>reserve init --training</c>, as an operator practising would.
    /// </summary>
    public static (int Exit, string Out, string Err) Run(string dataHome, params string[] args)
    {
        if (!args.Contains("--operator")) args = ["--operator", "tester", .. args];
        if (args.Contains("--now") && !File.Exists(DatabaseOf(dataHome, args)))
        {
            var init = RunAsAccount(dataHome, "init", "--training", "--db", DatabaseOf(dataHome, args));
            if (init.Exit != 0) throw new InvalidOperationException("init --training failed: " + init.Err);
        }

        return RunAsAccount(dataHome, args);
    }

    /// <summary>Runs as whoever runs the tests, without <c>--operator</c>: the server's own shell, not an SSH login.</summary>
    public static (int Exit, string Out, string Err) RunAsAccount(string dataHome, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var env = new Dictionary<string, string?> { ["XDG_DATA_HOME"] = dataHome, ["HOME"] = dataHome };
        var exit = CliApp.Run(args, stdout, stderr, _ => throw new InvalidOperationException("the TUI must not open in a CLI test"), k => env.GetValueOrDefault(k));
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static string DatabaseOf(string dataHome, string[] args)
    {
        var at = Array.IndexOf(args, "--db");
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : Path.Combine(dataHome, "reserve", "reserve.db");
    }
}
