using ReserveTui.Hosting;

namespace ReserveTui.Cli;

/// <summary>
/// The SSH deployment's forced command (docs/deploy-ssh.md), the pattern of git-shell and gitolite: each operator's
/// key runs <c>reserve --operator NAME …</c> whatever the client asked for. The arguments the forced command gives
/// are the administrator's and trusted; what the client typed arrives in SSH_ORIGINAL_COMMAND and runs as a verb
/// with the same identity and limits — it may not name another database, plugin folder, operator or clock, and may
/// not pull arguments from a file.
/// </summary>
internal static class ForcedCommand
{
    /// <summary>Options only the forced command may give.</summary>
    public static readonly IReadOnlyList<string> Reserved = ["--db", "--plugins", "--operator", "--now"];

    // The parser accepts --db x, --db=x and --db:x; any word that opens like a reserved option (whatever its
    // prefix, case or separator) is refused rather than guessing which forms a parser version accepts.
    private static string? ReservedIn(string word)
    {
        if (word.Length == 0 || word[0] is not ('-' or '/')) return null;
        var bare = word.TrimStart('-', '/');
        return Reserved.FirstOrDefault(o => bare.StartsWith(o.TrimStart('-'), StringComparison.OrdinalIgnoreCase));
    }

    public static bool IsForced(IReadOnlyList<string> args) => args.Any(a => a == "--operator" || a.StartsWith("--operator=", StringComparison.Ordinal));

    /// <summary>
    /// The arguments to run: <paramref name="args"/> as given, or — under a forced command with a client command —
    /// the client's words followed by the forced command's own arguments. Refuses a client word that would widen the limits.
    /// </summary>
    public static string[] Arguments(string[] args, Func<string, string?> env)
    {
        if (!IsForced(args) || env("SSH_ORIGINAL_COMMAND") is not { } original || string.IsNullOrWhiteSpace(original)) return args;
        var words = ShellWords.Split(original).ToList();
        // "ssh host reserve people list" and "ssh host people list" both work.
        if (words.Count > 0 && (words[0] == "reserve" || words[0].EndsWith("/reserve", StringComparison.Ordinal))) words.RemoveAt(0);
        foreach (var word in words)
        {
            if (ReservedIn(word) is { } option)
                throw new ReserveException(ErrorCode.Refused, $"通过 SSH 登录时不能使用 {option}：数据库、插件目录、操作员身份和时钟由管理员在强制命令中设定");
            if (word == "--")
                throw new ReserveException(ErrorCode.Refused, "通过 SSH 登录时不能使用 --");
            if (word.StartsWith('@'))
                throw new ReserveException(ErrorCode.Refused, $"通过 SSH 登录时不能从文件读取参数（{word}）");
        }

        return [.. words, .. args];
    }
}
