using ReserveSdk;

namespace ReserveScheme.College;

/// <summary>学院后备干部选拔方案 (第二篇(一), 中国共产党岳阳职业技术学院委员会).</summary>
public sealed class CollegeScheme : ISchemePlugin
{
    /// <inheritdoc />
    public SchemeDefinition Define() => new()
    {
        Manifest = new SchemeManifest("college", "学院后备干部选拔方案", "1.1.0", "第二篇(一) 后备干部选拔方案", SdkInfo.Version)
        {
            ShortName = "学院方案",
            Organisation = "中国共产党岳阳职业技术学院委员会",
        },
        Tracks = CollegeTracks.All,
        Rules = CollegeEligibility.All,
        PoolRules = CollegeQuotas.Rules,
        Channels = ReserveSdk.Channels.All,
        CampaignWorkflow = CollegeWorkflow.Campaign(),
        NomineeWorkflow = CollegeWorkflow.Nominee(),
        Management = CollegeManagement.Rules,
        UnitKinds = ["学院", "党总支", CollegeQuotas.SectionUnitKind, "机关部门"],
        Notes =
        [
            "考察公示为第一篇 3.三 规定的必经程序；学院方案未规定公示天数，本插件按 7 天（参照街道方案）。",
            "“比例占15%左右”按低于 12% 时提示处理。",
            "数量（三(一) 正职1:2、副职1:1）按类别各自计算：正处级后备对正处级职数、副处级后备对副处级职数、正科级后备对正科级职数，一个类别的后备不抵另一类别的缺额。单位类型为“科室”的正职计为正科级职数，其余单位（学院、党总支、处室等）的正职、副职计为正处级、副处级职数。",
            "原文“正科级后备干部，应是副科级干部或具有硕士以上学历和中级职称的教师”，中级职称按“中级及以上”理解。",
        ],
    };
}
