using ReserveTui.Hosting;
using ReserveTui.Services;
using ReserveTui.Tests.Services.Campaigns;

namespace ReserveTui.Tests.Services.Safety;

/// <summary>Issue 12 items 5 and 9: a record exists for its content; text is whole, bounded, and kept exactly.</summary>
public sealed class RecordContentTests
{
    [Fact]
    public void UnitKinds_ComeFromTheLoadedSchemes_AndNamesAreBounded()
    {
        using var f = new CampaignFixture();
        var units = new UnitService(f.Database, f.Clock, "tester", UnitService.KindsOf(CampaignFixture.Catalog));
        var kind = Assert.Throws<ReserveException>(() => units.Add("某单位", "火星😀", 1, 1, null));
        Assert.Equal(ErrorCode.Usage, kind.Code);
        Assert.Contains("不是已加载方案使用的类型，可填：学院、党总支、科室、机关部门", kind.Message);
        var longName = Assert.Throws<ReserveException>(() => units.Add(new string('院', 2000), "学院", 1, 1, null));
        Assert.Equal("单位名称过长（2000 字），不超过 50 字", longName.Message);
        Assert.Contains("ESC", Assert.Throws<ReserveException>(() => units.Add("某\u001b学院", "学院", 1, 1, null)).Message);
        Assert.Empty(units.List());
        Assert.Equal("社区", units.Add("某社区", "社区", 1, 1, null).Kind);
    }

    [Fact]
    public void AReportNeedsItsText_ACheckItsFinding_AndAWithdrawalItsReason()
    {
        using var f = new CampaignFixture();
        var (_, n) = f.StreetNomineeInNotice("张三");
        Assert.Equal("须填写举报内容", Assert.Throws<ReserveException>(() => f.Nominations.Report(n.Id, "   ")).Message);
        // A pasted letter keeps every line; 2,000 characters fit, 2,001 do not.
        var letter = string.Join("\n", Enumerable.Range(1, 50).Select(i => $"第{i}行：反映的情况"));
        f.Nominations.Report(n.Id, letter);
        Assert.Equal(letter, f.Nominations.ShowNomination(n.Id).Record.Reports.Single().Text);
        Assert.Contains("不超过 2000 字", Assert.Throws<ReserveException>(() => f.Nominations.Report(n.Id, new string('报', 2001))).Message);
        Assert.Equal("须填写核查情况", Assert.Throws<ReserveException>(() => f.Nominations.ResolveReport(n.Id, 1, false, "")).Message);
        f.Nominations.ResolveReport(n.Id, 1, false, "经查，反映的问题不属实");
        Assert.Equal("经查，反映的问题不属实", f.Nominations.ShowNomination(n.Id).Record.Reports.Single().Finding);

        using var g = new CampaignFixture();
        var (_, m) = g.StreetWithNominee("李四");
        Assert.Equal("李四：“退出”须写明理由", Assert.Throws<ReserveException>(() => g.Nominations.ActNomination(m.Id, "withdraw")).Message);
        Assert.Equal("withdrawn", g.Nominations.ActNomination(m.Id, "withdraw", "本人申请退出").State);
    }
}
