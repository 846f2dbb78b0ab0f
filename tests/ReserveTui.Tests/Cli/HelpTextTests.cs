namespace ReserveTui.Tests.Cli;

/// <summary>The help pages speak Chinese throughout (System.CommandLine's own resources leave two lines English), English on request.</summary>
public sealed class HelpTextTests : IDisposable
{
    private readonly string _home = Directory.CreateTempSubdirectory("reserve-help-").FullName;

    [Theory]
    [InlineData("--help")]
    [InlineData("campaign", "new", "--help")]
    [InlineData("people", "-h")]
    [InlineData("campaign", "approve", "--help")]
    public void HelpPages_AreChinese(params string[] args)
    {
        var (exit, output, _) = CliRunner.Run(_home, args);
        Assert.Equal(0, exit);
        Assert.StartsWith("说明:", output); // as the translated headers are spelt (用法:, 选项:)
        Assert.Contains("用法", output);
        Assert.Contains("显示帮助和用法信息", output);
        Assert.DoesNotContain("Description:", output);
        Assert.DoesNotContain("Show help", output);
        Assert.DoesNotContain("[options]", output);
        Assert.DoesNotContain("[command]", output);
        Assert.DoesNotContain("REQUIRED", output);
        Assert.DoesNotContain("default:", output);
    }

    [Fact]
    public void ARequiredOption_IsMarkedInChinese()
    {
        var (_, output, _) = CliRunner.Run(_home, ["campaign", "approve", "--help"]);
        Assert.Contains("--approver <approver>（必填）", output);
        // The descriptions stay in one column: the mark takes the cells the English one did.
        var lines = output.Split('\n');
        Assert.Equal(Column(lines, "--approver"), Column(lines, "--on "));
        Assert.Contains("[选项]", output);
    }

    [Fact]
    public void HelpPages_InEnglish_OnRequest()
    {
        var (exit, output, _) = CliRunner.Run(_home, ["--lang", "en", "--help"]);
        Assert.Equal(0, exit);
        Assert.StartsWith("Description:", output);
        Assert.Contains("Show help and usage information", output);
    }

    // The display column (CJK characters take two cells) where a line's description starts: after the option's
    // own text and the run of spaces that follows it.
    private static int Column(string[] lines, string option)
    {
        var line = lines.First(l => l.TrimStart().StartsWith(option, StringComparison.Ordinal));
        var gap = line.IndexOf("  ", line.IndexOf(option, StringComparison.Ordinal), StringComparison.Ordinal);
        while (line[gap] == ' ') gap++;
        return ReserveTui.Tui.Widgets.TextColumns.Width(line[..gap]);
    }

    public void Dispose() => Directory.Delete(_home, recursive: true);
}
