namespace ReserveTui.Tests.Cli;

/// <summary>The help pages speak Chinese throughout (System.CommandLine's own resources leave two lines English), English on request.</summary>
public sealed class HelpTextTests : IDisposable
{
    private readonly string _home = Directory.CreateTempSubdirectory("reserve-help-").FullName;

    [Theory]
    [InlineData("--help")]
    [InlineData("campaign", "new", "--help")]
    [InlineData("people", "-h")]
    public void HelpPages_AreChinese(params string[] args)
    {
        var (exit, output, _) = CliRunner.Run(_home, args);
        Assert.Equal(0, exit);
        Assert.StartsWith("说明:", output); // as the translated headers are spelt (用法:, 选项:)
        Assert.Contains("用法", output);
        Assert.Contains("显示帮助和用法信息", output);
        Assert.DoesNotContain("Description:", output);
        Assert.DoesNotContain("Show help", output);
    }

    [Fact]
    public void HelpPages_InEnglish_OnRequest()
    {
        var (exit, output, _) = CliRunner.Run(_home, ["--lang", "en", "--help"]);
        Assert.Equal(0, exit);
        Assert.StartsWith("Description:", output);
        Assert.Contains("Show help and usage information", output);
    }

    public void Dispose() => Directory.Delete(_home, recursive: true);
}
