using ReserveTui.Hosting;
using ReserveTui.Services.Access;

namespace ReserveTui.Tests.Access;

/// <summary>Issue 15: "~" in a path typed into a form is the operator's home, as in a shell; over SSH no path is taken at all.</summary>
public sealed class OperatorFilesTests
{
    private static readonly string Home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

    [Fact]
    public void ATilde_IsTheHomeFolder_AtTheServersOwnShell()
    {
        Assert.Equal(Path.Combine(Home, "名册", "ballots.csv"), OperatorFiles.Anywhere.Input(" ~/名册/ballots.csv "));
        Assert.Equal(Home, OperatorFiles.Anywhere.Input("~"));
        Assert.Equal("/tmp/~x.csv", OperatorFiles.Anywhere.Input("/tmp/~x.csv"));
        Assert.Equal("~other/x.csv", OperatorFiles.Anywhere.Input("~other/x.csv")); // another user's home is not guessed
    }

    [Fact]
    public void OverSsh_ATildePath_IsStillAPath_AndRefused()
    {
        var files = new OperatorFiles("/srv/reserve/exchange");
        var refused = Assert.Throws<ReserveException>(() => files.Input("~/ballots.csv"));
        Assert.Contains("文件只能写文件名", refused.Message);
    }
}
