namespace ReserveTui.Hosting;

/// <summary>What the command line and environment say about where to work and what time it is.</summary>
internal sealed record AppOptions
{
    /// <summary>The database file: <c>--db</c>, else <c>RESERVE_DB</c>, else the default under the data folder.</summary>
    public required string DatabasePath { get; init; }

    /// <summary>Plugin folders scanned in order: bundled, user, then each <c>--plugins</c> (as full paths).</summary>
    public required IReadOnlyList<string> PluginFolders { get; init; }

    /// <summary>The folders <c>--plugins</c> named: one that is missing or holds no plugin is reported as a failure.</summary>
    public IReadOnlyList<string> NamedPluginFolders { get; init; } = [];

    public required ReservePaths Paths { get; init; }

    public required TimeProvider Clock { get; init; }

    /// <summary>The operator: <c>--operator</c> from an SSH forced command, else the OS account.</summary>
    public required string Operator { get; init; }

    /// <summary>The identity was given by <c>--operator</c> (an SSH forced command), not taken from the OS account.</summary>
    public bool OperatorGiven { get; init; }

    /// <summary>
    /// The session came in over SSH under a forced command's identity (<c>--operator</c> with SSH_CONNECTION set by
    /// sshd, which the client cannot set): files are the exchange folder's, and every verb needs an account.
    /// </summary>
    public bool OverSsh { get; init; }

    /// <summary>The clock was set (<c>--now</c> or RESERVE_NOW): allowed on training databases only, and marked in the record.</summary>
    public bool ClockSet { get; init; }

    /// <summary>"zh" (default) or "en".</summary>
    public string Language { get; init; } = "zh";

    public static AppOptions Resolve(string? db, IEnumerable<string>? extraPlugins, string? now, string? lang, Func<string, string?> env, string? operatorName = null)
    {
        if (operatorName is not null && (string.IsNullOrWhiteSpace(operatorName) || operatorName.Any(c => char.IsControl(c) || char.IsWhiteSpace(c))))
            throw new ReserveException(ErrorCode.Usage, "--operator 应为一个不含空格的操作员名");
        var paths = ReservePaths.FromEnvironment(env);
        var zone = TimeZoneInfo.Local;
        var nowText = now ?? env("RESERVE_NOW");
        TimeProvider clock = TimeProvider.System;
        if (!string.IsNullOrWhiteSpace(nowText))
        {
            if (!DateTimeOffset.TryParse(nowText, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeLocal, out var at))
                throw new ReserveException(ErrorCode.Usage, $"--now 的时间格式无法识别：{nowText}（应为 ISO 格式，如 2026-06-30T09:00:00+08:00）");
            clock = new FixedTimeProvider(at, zone);
        }

        // Relative to where the command was typed, as every other path on the command line.
        var given = (extraPlugins ?? []).ToList();
        if (given.Any(string.IsNullOrWhiteSpace)) throw new ReserveException(ErrorCode.Usage, "--plugins 应给出插件目录，不能为空");
        var named = given.Select(Path.GetFullPath).ToList();
        var folders = new List<string> { ReservePaths.BundledPlugins, paths.UserPlugins };
        folders.AddRange(named);
        return new AppOptions
        {
            DatabasePath = db ?? env("RESERVE_DB") ?? paths.DefaultDatabase,
            PluginFolders = folders,
            NamedPluginFolders = named,
            Paths = paths,
            Clock = clock,
            Operator = operatorName ?? Environment.UserName,
            ClockSet = clock is FixedTimeProvider,
            OperatorGiven = operatorName is not null,
            OverSsh = operatorName is not null && !string.IsNullOrEmpty(env("SSH_CONNECTION")),
            Language = LanguageOf(lang, env),
        };
    }

    /// <summary>The interface language, "zh" or "en": <c>--lang</c>, else RESERVE_LANG, else Chinese.</summary>
    public static string LanguageOf(string? lang, Func<string, string?> env) =>
        (lang ?? env("RESERVE_LANG") ?? "zh").StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "zh";
}
