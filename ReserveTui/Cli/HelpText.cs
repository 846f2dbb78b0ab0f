using System.CommandLine;
using System.CommandLine.Help;

namespace ReserveTui.Cli;

/// <summary>
/// The help page in Chinese. System.CommandLine's Chinese resources translate the section headers and
/// <c>--version</c>, but leave the first header ("Description:"), the help option's own line, the usage line's
/// placeholders and the required/default marks English: those are said here.
/// </summary>
internal static class HelpText
{
    /// <summary>The help option's line, on every command's page (the option is shared, recursive).</summary>
    public static void Translate(RootCommand root)
    {
        foreach (var help in root.Options.OfType<HelpOption>()) help.Description = "显示帮助和用法信息";
    }

    /// <summary>Whether the parsed command line asks for a help page.</summary>
    public static bool Asked(ParseResult parsed) => parsed.Action is HelpAction;

    /// <summary>
    /// A help page as System.CommandLine wrote it, with what its resources leave English said in Chinese: the first
    /// header, the usage line's placeholders, and the marks of a required option and of a default value.
    /// </summary>
    public static string Chinese(string page) =>
        string.Join('\n', page.Split('\n').Select(line => line.TrimEnd('\r') == "Description:" ? "说明:" : Marks(line)));

    private static string Marks(string line) => line
        .Replace(" [command]", " [命令]", StringComparison.Ordinal)
        .Replace(" [options]", " [选项]", StringComparison.Ordinal)
        .Replace(" (REQUIRED)", "（必填）   ", StringComparison.Ordinal) // as wide as what it replaces: the columns stay aligned
        .Replace("[default: ", "[默认: ", StringComparison.Ordinal);
}
