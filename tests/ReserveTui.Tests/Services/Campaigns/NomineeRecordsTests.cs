using ReserveSdk;
using ReserveTui.Hosting;
using ReserveTui.Services.Campaigns;

namespace ReserveTui.Tests.Services.Campaigns;

/// <summary>The records offered beside a nominee's actions follow what the scheme's workflow reads, and what is recorded is shown back.</summary>
public sealed class NomineeRecordsTests
{
    [Theory]
    [InlineData("college", "副处级后备", "民主推荐", "record.inspection record.report record.resolve")]
    [InlineData("street", "中层后备", "民主推荐", "record.inspection record.report record.resolve")]
    [InlineData("school", "中层后备", "民主推荐", "record.inspection record.report record.resolve")]
    [InlineData("enterprise", "中层助理后备", "单位推荐", "record.inspection record.report record.resolve record.documents record.scores")]
    [InlineData("village", "村级后备", "党支部提名", "record.inspection record.report record.resolve")]
    [InlineData("county", "副科级后备", "exam", "record.inspection record.report record.resolve record.exam")]
    public void EachScheme_OffersTheRecordsItsWorkflowReads(string scheme, string track, string channel, string expected)
    {
        using var f = new CampaignFixture();
        f.Unit("示例单位", "机关部门");
        f.People(CampaignFixture.Eligible("甲"));
        var c = f.Service.New(scheme, "示例单位", 2026, new DateOnly(2026, 6, 30));
        f.Service.ApproveAndPublish(c.Id);
        var n = f.Nominations.Nominate(c.Id, "甲", track, channel);
        Assert.Equal(expected.Split(' '), n.Records.Select(r => r.Id));
        Assert.All(n.Records.Where(r => r.Id is RecordIds.Report or RecordIds.Resolve), r => Assert.False(r.Permitted));
        Assert.Equal("只能在公示期间登记举报", Assert.Single(n.Records.Single(r => r.Id == RecordIds.Report).Reasons));
    }

    [Fact]
    public void WhatIsRecorded_IsShownBack_AndAFinishedNomineeTakesNoMoreRecords()
    {
        using var f = new CampaignFixture();
        f.Unit("示例公司", "企业");
        f.People(CampaignFixture.Eligible("甲"));
        var s = f.Service;
        var c = s.New("enterprise", "示例公司", 2026, new DateOnly(2026, 6, 30));
        s.ApproveAndPublish(c.Id);
        var n = f.Nominations.Nominate(c.Id, "甲", "中层助理后备", "单位推荐");
        f.Nominations.ReceiveDocuments(n.Id, ["身份证", "现任岗位证明"]);
        f.Nominations.Inspect(n.Id, 0.8m, 0.15m, 0.05m, "同意");
        n = f.Nominations.ShowNomination(n.Id);
        Assert.Equal(["身份证", "现任岗位证明"], n.Record.Documents);
        Assert.Equal(["应聘人员登记表（一式2份）", "学历（学位）证"], n.Record.MissingDocuments);
        Assert.Equal((0.8m, 0.15m, 0.05m, "同意"), (n.Record.FitShare, n.Record.BasicallyFitShare, n.Record.UnfitShare, n.Record.InspectionConclusion));
        Assert.True(n.Records.Single(r => r.Id == RecordIds.Documents).Permitted);

        f.Nominations.ReceiveDocuments(n.Id, CampaignFixture.Catalog.Get("enterprise").Definition.RegistrationDocuments);
        Assert.Equal("报名材料已齐全", Assert.Single(f.Nominations.ShowNomination(n.Id).Records.Single(r => r.Id == RecordIds.Documents).Reasons));

        f.Nominations.ActNomination(n.Id, "withdraw", "本人因工作调动申请退出");
        Assert.All(f.Nominations.ShowNomination(n.Id).Records, r => Assert.Equal("甲 的人选流程已结束（已退出），不再登记", Assert.Single(r.Reasons)));

        // The service refuses what the screen holds back: nothing is written after the path has ended.
        var version = f.Nominations.ShowNomination(n.Id).Version;
        var refused = Assert.Throws<ReserveException>(() => f.Nominations.Inspect(n.Id, 1m, 0m, 0m, "补记"));
        Assert.Equal(ErrorCode.Refused, refused.Code);
        Assert.Equal("甲 的人选流程已结束（已退出），不再登记", refused.Message);
        Assert.Equal((version, "同意"), (f.Nominations.ShowNomination(n.Id).Version, f.Nominations.ShowNomination(n.Id).Record.InspectionConclusion));
    }

    [Fact]
    public void Guards_SayWhichFactTheyRead()
    {
        Assert.Equal(WorkflowFacts.Inspected, Guards.Inspected().Fact);
        Assert.Equal(WorkflowFacts.OpenReports, Guards.NoOpenReports().Fact);
        Assert.Equal(WorkflowFacts.ReportVerified, Guards.NoVerifiedReport().Fact);
        Assert.Null(Guards.DaysSince("publicize", 7, "公示满 7 天").Fact);
        Assert.Null(Guards.OnTrack("x", "y").Fact);
    }

    [Fact]
    public void AReportOutsideTheNotice_IsRefused_AndNothingIsWritten()
    {
        using var f = new CampaignFixture();
        var (c, n) = f.StreetWithNominee();
        var refused = Assert.Throws<ReserveException>(() => f.Nominations.Report(n.Id, "举报"));
        Assert.Equal(ErrorCode.Refused, refused.Code);
        Assert.Empty(f.Nominations.ShowNomination(n.Id).Record.Reports);
        Assert.Equal(n.Version, f.Nominations.ShowNomination(n.Id).Version);
    }
}
