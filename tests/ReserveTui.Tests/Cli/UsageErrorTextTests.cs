using ReserveTui.Cli;

namespace ReserveTui.Tests.Cli;

/// <summary>The parser's errors reach a Chinese-speaking operator in Chinese, whatever the server's locale.</summary>
public sealed class UsageErrorTextTests
{
    [Theory]
    [InlineData("Option '--track' is required.", "缺少必填的选项 --track")]
    [InlineData("Option '--people' expects a single argument but 2 were provided.", "选项 --people 只能给一个值（给了 2 个）")]
    [InlineData("Required argument missing for option: '--on'.", "选项 --on 后面缺少它的值")]
    [InlineData("Unrecognized command or argument 'nosuchverb'.", "无法识别“nosuchverb”：没有这个命令、选项或参数")]
    [InlineData("未识别命令或参数“'--bogus'”.", "未识别命令或参数“--bogus”.")]
    [InlineData("something new", "something new")]
    public void KnownMessages_AreSaidInChinese(string english, string chinese) => Assert.Equal(chinese, UsageErrorText.Chinese(english));

    [Fact]
    public void AnOptionGivenTwice_AndAMissingOne_AreSaidInChinese_OnAnyLocale()
    {
        using var dir = new TempDir();
        var twice = CliRunner.Run(dir.Path, "check", "--scheme", "college", "--track", "x", "--people", "a.csv", "--people", "b.csv");
        Assert.Equal(2, twice.Exit);
        Assert.Contains("用法错误：选项 --people 只能给一个值（给了 2 个）", twice.Err);
        var missing = CliRunner.Run(dir.Path, "check", "--scheme", "college");
        Assert.Contains("用法错误：缺少必填的选项 --track", missing.Err);
        Assert.DoesNotContain("is required", missing.Err);
    }
}
