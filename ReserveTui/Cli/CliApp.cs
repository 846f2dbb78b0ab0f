using System.CommandLine;
using System.Globalization;
using ReserveTui.Hosting;

namespace ReserveTui.Cli;

/// <summary>
/// The <c>reserve</c> command line. Verbs live one per file under Cli/Verbs and only call services.
/// Exit codes: 0 done, 1 internal error (logged), 2 usage, 3 bad input file, 4 not found, 5 refused, 6 conflict, 7 storage.
/// </summary>
internal static class CliApp
{
    public static readonly Option<string?> Db = new("--db") { Description = "数据库文件路径（默认 $XDG_DATA_HOME/reserve/reserve.db；也可用 RESERVE_DB）", Recursive = true };
    public static readonly Option<string[]> Plugins = new("--plugins") { Description = "额外的插件目录（可多次给出）", Recursive = true, AllowMultipleArgumentsPerToken = false };
    public static readonly Option<string?> Now = new("--now") { Description = "把时钟设为该时刻（ISO 格式；也可用 RESERVE_NOW）", Recursive = true };
    public static readonly Option<string?> Lang = new("--lang") { Description = "界面语言：zh（默认）或 en", Recursive = true };
    public static readonly Option<string?> Operator = new("--operator") { Description = "操作员身份（由 SSH 强制命令给出，见 docs/deploy-ssh.md；默认为系统账号名）", Recursive = true };

    // Disposes the context (and so the database) however the command ends.
    private sealed class ContextScope(Func<CliContext?> context) : IDisposable
    {
        public void Dispose() => context()?.Dispose();
    }

    /// <summary>Exit code of an unexpected failure (the detail is in the log).</summary>
    public const int InternalError = 1;

    // --lang is read here ahead of the parser, so that the parser's own errors are already in that language.
    private static string UseInterfaceLanguage(string[] args, Func<string, string?> env)
    {
        string? lang = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--lang" && i + 1 < args.Length) lang = args[i + 1];
            else if (args[i].StartsWith("--lang=", StringComparison.Ordinal)) lang = args[i]["--lang=".Length..];
        }

        var language = AppOptions.LanguageOf(lang, env);
        // The current culture, not the default: it flows to the tasks this run starts, and leaves a test host's other runs alone.
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language == "en" ? "en" : "zh-Hans");
        return language;
    }

    /// <summary>Runs the command line; with no verb, <paramref name="runTui"/> opens the terminal UI.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<AppOptions, int> runTui, Func<string, string?>? env = null)
    {
        env ??= Environment.GetEnvironmentVariable;
        // The parser's own messages (a missing value, an option given twice) come in the language the rest speaks:
        // it has Chinese resources, used when the interface language is Chinese, whatever the server's locale.
        var language = UseInterfaceLanguage(args, env);
        CliContext? context = null;
        // r is null when there are no arguments at all: the terminal UI on the environment's settings.
        CliContext Context(ParseResult? r)
        {
            if (context is not null) return context;
            context = new CliContext(
                AppOptions.Resolve(r?.GetValue(Db), r?.GetValue(Plugins) ?? [], r?.GetValue(Now), r?.GetValue(Lang), env, r?.GetValue(Operator)), stdout, stderr,
                r?.CommandResult.Command is ReadingCommand ? Storage.DatabaseAccess.Read : Storage.DatabaseAccess.Write);
            // Over SSH every verb is an account's, those that need no database too (schemes, check, render scheme).
            if (context.Options.OverSsh) _ = context.Access;
            return context;
        }

        try
        {
            args = ForcedCommand.Arguments(args, env);
        }
        catch (ReserveException ex)
        {
            stderr.WriteLine($"错误：{ex.Message}");
            return (int)ex.Code;
        }

        // Plain `reserve` opens the terminal UI without building the command tree (every verb and its options, ~13 ms
        // of a first frame in ~0.5 s). A forced command always has arguments (--operator).
        Func<int> invoke;
        if (args.Length == 0)
        {
            invoke = () => runTui(Context(null).Options);
        }
        else
        {
            var root = new RootCommand("ReserveTui — 后备干部选拔工作的终端工具（不带子命令时打开终端界面）");
            root.Options.Add(Db);
            root.Options.Add(Plugins);
            root.Options.Add(Now);
            root.Options.Add(Lang);
            root.Options.Add(Operator);
            foreach (var verb in Verbs.All(Context)) root.Subcommands.Add(verb);
            if (language != "en") HelpText.Translate(root);
            root.SetAction(r => runTui(Context(r).Options));
            // Arguments never come from a file (@file) under a forced command: the client could name any file the service account reads.
            var configuration = new ParserConfiguration();
            if (ForcedCommand.IsForced(args)) configuration.ResponseFileTokenReplacer = null;
            var parsed = root.Parse(args, configuration);
            if (parsed.Errors.Count > 0)
            {
                foreach (var e in parsed.Errors) stderr.WriteLine($"用法错误：{(language == "en" ? e.Message : UsageErrorText.Chinese(e.Message))}");
                stderr.WriteLine("用 reserve --help 查看用法。");
                return (int)ErrorCode.Usage;
            }

            invoke = () => parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
            if (language != "en" && HelpText.Asked(parsed))
            {
                // The page is written whole, then its last English header is put in Chinese.
                invoke = () =>
                {
                    var page = new StringWriter();
                    var code = parsed.Invoke(new InvocationConfiguration { Output = page, Error = stderr, EnableDefaultExceptionHandler = false });
                    stdout.Write(HelpText.Chinese(page.ToString()));
                    return code;
                };
            }
        }

        try
        {
            using var _ = new ContextScope(() => context);
            return invoke();
        }
        catch (ReserveException ex)
        {
            stderr.WriteLine($"错误：{ex.Message}");
            foreach (var d in ex.Details) stderr.WriteLine(d);
            return (int)ex.Code;
        }
        catch (Exception ex) when (Storage.StorageFault.Is(ex) && context is not null)
        {
            // A damaged page found mid-use: the same sentence as at open, exit 7, never a stack trace.
            stderr.WriteLine("错误：" + Storage.StorageFault.Describe(Path.GetFullPath(context.Options.DatabasePath), ex));
            return (int)ErrorCode.Storage;
        }
        catch (Exception ex)
        {
            // A failure nobody foresaw: one sentence for the operator, the stack in the log, never on the screen.
            stderr.WriteLine("错误：" + new ErrorLog(ReservePaths.FromEnvironment(env).LogFile).Record(ex, "本次命令"));
            return InternalError;
        }
    }
}
