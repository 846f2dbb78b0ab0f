using ReserveTui.Services.Campaigns;

namespace ReserveTui.Tests.Services.Campaigns;

/// <summary>The two steps every campaign takes before nomination: the plan's approval (第一篇 4.二), then publication (3.一).</summary>
internal static class PublishSteps
{
    public static CampaignView ApproveAndPublish(this CampaignService service, string campaignId)
    {
        service.ApprovePlan(campaignId, "上级党委组织部", "组审〔2026〕1号");
        return service.Act(campaignId, "publish", publication: CampaignFixture.Publication);
    }
}
