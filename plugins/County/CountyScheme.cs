using ReserveSdk;

namespace ReserveScheme.County;

/// <summary>县科级后备干部选拔培养管理办法 (第五篇, 临朐县).</summary>
public sealed class CountyScheme : ISchemePlugin
{
    /// <summary>推荐: 每年党代会推荐和考核推荐.</summary>
    public static Channel Recommendation { get; } = new("recommend", "推荐（党代会推荐、考核推荐）", "第五篇 推荐+考选");

    /// <summary>考选: 每两年一次，结合公开选拔领导干部进行.</summary>
    public static Channel Examination { get; } = new("exam", "考选", "第五篇 推荐+考选");

    /// <summary>“两公开四差额”未被任用的差额人选，或竞争性选拔中确定为考察对象但未录用的干部.</summary>
    public static Channel CompetitiveRunnerUp { get; } = new("runner-up", "差额人选/未录用的考察对象（直接列为后备）", "第五篇 推荐+考选") { DirectEntry = true };

    /// <summary>每年分配的省委组织部选调生，直接列为副科级后备干部.</summary>
    public static Channel SelectedGraduate { get; } = new("graduate", "选调生（直接列为副科级后备）", "第五篇 推荐+考选") { DirectEntry = true };

    /// <inheritdoc />
    public SchemeDefinition Define() => new()
    {
        Manifest = new SchemeManifest("county", "县科级后备干部选拔培养管理办法", "1.0.0", "第五篇 创新科级后备干部选拔培养管理机制", SdkInfo.Version)
        {
            ShortName = "县科级后备方案",
            Organisation = "临朐县",
        },
        Tracks = [CountyTracks.PrincipalSection, CountyTracks.DeputySection],
        Rules = CountyEligibility.Rules,
        PoolRules = CountyQuotas.Rules,
        Channels = [Recommendation, Examination, CompetitiveRunnerUp, SelectedGraduate],
        CampaignWorkflow = CountyWorkflow.Campaign(),
        NomineeWorkflow = CountyWorkflow.Nominee(),
        Management = CountyManagement.Rules,
        Notes =
        [
            "选调生只能直接列为副科级后备（选用正科级后备类别时应拒绝）。",
            "重大事项报告：工作单位变动、参加学历教育、获得县级以上荣誉称号、受到党纪政纪处分、群众来信来访反映问题，须及时向县委组织部报告。",
            "“有一定数量”“占有一定比例”按至少 1 名提示；“为主体”按不少于一半。",
            "原文未规定公示天数，按 7 天；考察公示为第一篇 3.三 的必经程序。",
        ],
    };
}
