using ReserveSdk;

namespace ReserveSdk.Tests;

/// <summary>A minimal scheme around the rules under test.</summary>
internal static class TestSchemes
{
    public static SchemeDefinition With(params EligibilityRule[] rules)
    {
        var wf = new WorkflowBuilder("w", "流程").State("a", "甲").Final("b", "乙").Action("go", "前进", "a", "b").Build();
        return new SchemeDefinition
        {
            Manifest = new SchemeManifest("test", "测试方案", "9.9.9", "测试", SdkInfo.Version),
            Tracks = [new Track("t", "测试后备", PostLevel.Deputy)],
            Rules = rules,
            Channels = [Channels.DemocraticRecommendation],
            CampaignWorkflow = wf,
            NomineeWorkflow = wf,
        };
    }
}
