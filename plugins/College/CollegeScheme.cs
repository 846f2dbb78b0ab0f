using ReserveSdk;

namespace ReserveScheme.College;

/// <summary>学院后备干部选拔方案 (第二篇(一), 中国共产党岳阳职业技术学院委员会).</summary>
public sealed class CollegeScheme : ISchemePlugin
{
    /// <inheritdoc />
    public SchemeDefinition Define() => new()
    {
        Manifest = new SchemeManifest("college", "学院后备干部选拔方案", "1.0.0", "第二篇(一) 后备干部选拔方案", SdkInfo.Version)
        {
            ShortName = "学院方案",
            Organisation = "中国共产党岳阳职业技术学院委员会",
        },
        Tracks = CollegeTracks.All,
        Rules = CollegeEligibility.Rules,
        PoolRules = CollegeQuotas.Rules,
        Channels = ReserveSdk.Channels.All,
        CampaignWorkflow = CollegeWorkflow.Campaign(),
        NomineeWorkflow = CollegeWorkflow.Nominee(),
        Management = CollegeManagement.Rules,
        Notes =
        [
            "考察公示为第一篇 3.三 规定的必经程序；学院方案未规定公示天数，本插件按 7 天（参照街道方案）。",
            "“比例占15%左右”按低于 12% 时提示处理。",
            "原文“正科级后备干部，应是副科级干部或具有硕士以上学历和中级职称的教师”，中级职称按“中级及以上”理解。",
        ],
    };
}
