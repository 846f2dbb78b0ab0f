using System.Text.RegularExpressions;

namespace ReserveTui.Cli;

/// <summary>
/// The command-line parser's errors in Chinese. System.CommandLine ships Chinese resources, but its newer messages
/// (a required option missing, an option given twice) are English in them: those are said here instead, and the
/// translated ones lose the stray quotes their translation keeps ("“'--x'”").
/// </summary>
internal static partial class UsageErrorText
{
    public static string Chinese(string message)
    {
        foreach (var (pattern, chinese) in Known)
        {
            var m = pattern.Match(message);
            if (m.Success) return chinese(m.Groups);
        }

        return message.Replace("“'", "“", StringComparison.Ordinal).Replace("'”", "”", StringComparison.Ordinal);
    }

    private static readonly (Regex Pattern, Func<GroupCollection, string> Chinese)[] Known =
    [
        (RequiredOption(), g => $"缺少必填的选项 {g[1].Value}"),
        (OneArgument(), g => $"选项 {g[1].Value} 只能给一个值（给了 {g[2].Value} 个）"),
        (OptionValueMissing(), g => $"选项 {g[1].Value} 后面缺少它的值"),
        (CommandValueMissing(), g => $"命令 {g[1].Value} 缺少参数"),
        (CommandMissing(), _ => "缺少子命令"),
        (Unrecognized(), g => $"无法识别“{g[1].Value}”：没有这个命令、选项或参数"),
        (CannotParseOption(), g => $"选项 {g[2].Value} 的值“{g[1].Value}”格式不对"),
        (CannotParseCommand(), g => $"命令 {g[2].Value} 的参数“{g[1].Value}”格式不对"),
    ];

    [GeneratedRegex(@"^Option '(.+)' is required\.$")]
    private static partial Regex RequiredOption();

    [GeneratedRegex(@"^Option '(.+)' expects a single argument but (\d+) were provided\.$")]
    private static partial Regex OneArgument();

    [GeneratedRegex(@"^Required argument missing for option: '(.+)'\.$")]
    private static partial Regex OptionValueMissing();

    [GeneratedRegex(@"^Required argument missing for command: '(.+)'\.$")]
    private static partial Regex CommandValueMissing();

    [GeneratedRegex(@"^Required command was not provided\.$")]
    private static partial Regex CommandMissing();

    [GeneratedRegex(@"^Unrecognized command or argument '(.*)'\.$")]
    private static partial Regex Unrecognized();

    [GeneratedRegex(@"^Cannot parse argument '(.*)' for option '(.+)' as expected type '.+'\.$")]
    private static partial Regex CannotParseOption();

    [GeneratedRegex(@"^Cannot parse argument '(.*)' for command '(.+)' as expected type '.+'\.$")]
    private static partial Regex CannotParseCommand();
}
