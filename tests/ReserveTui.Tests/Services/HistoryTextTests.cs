using ReserveTui.Services;
using ReserveTui.Services.Campaigns;
using ReserveTui.Tests.Services.Campaigns;

namespace ReserveTui.Tests.Services;

/// <summary>The record in Chinese: a state id the campaign and nominee workflows share is named from the right one.</summary>
public sealed class HistoryTextTests
{
    private static HistoryEntry Entry(string action, string data) => new(1, DateTimeOffset.Now, "tester", action, "批次操作", "campaign/x", null, data);

    [Fact]
    public void ACampaignStep_NamesTheCampaignsStates_ANomineeStep_TheNomineesOwn()
    {
        var college = CampaignFixture.Catalog.Get("college").Definition;
        Assert.Equal("批次操作：发布考察公示（组织考察 → 考察公示）",
            HistoryText.Describe(Entry("campaign.act", """{"action":"open-notice","from":"inspecting","to":"notice"}"""), college));
        Assert.Equal("批次操作：列入考察公示（已考察 → 公示中）",
            HistoryText.Describe(Entry("nomination.act", """{"action":"publicize","from":"inspected","to":"notice"}"""), college));
        Assert.Equal("批次操作（票号：3、4；理由：重复录入）",
            HistoryText.Describe(Entry("ballots.void", """{"ballots":[3,4],"reason":"重复录入","number":null}"""), college));
        Assert.Equal("批次操作（编号：1e400）", HistoryText.Describe(Entry("x", """{"number":1e400}"""), college));
    }
}
