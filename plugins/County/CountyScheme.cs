using ReserveSdk;

namespace ReserveScheme.County;

/// <summary>县科级后备干部选拔培养管理办法 (第五篇, 临朐县).</summary>
public sealed class CountyScheme : ISchemePlugin
{
    /// <summary>推荐: 每年党代会推荐和考核推荐.</summary>
    public static Channel Recommendation { get; } = new("recommend", "推荐（党代会推荐、考核推荐）", "第五篇 推荐+考选");

    /// <summary>考选: 每两年一次，结合公开选拔领导干部进行.</summary>
    public static Channel Examination { get; } = new("exam", "考选", "第五篇 推荐+考选");

    /// <summary>经“两公开四差额”选任领导干部过程中未被任用的差额人选 — 直接列为相应层次的后备干部 (the level of the post competed for).</summary>
    public static Channel RunnerUp { get; } = new("runner-up", "差额人选（直接列为相应层次后备）", "第五篇 推荐+考选")
    {
        DirectEntry = true,
        RecordsCompetedRank = true,
    };

    /// <summary>在公开考选等其他竞争性选拔领导干部中被确定为考察对象但未录用的干部 — 直接列为相应层次的后备干部.</summary>
    public static Channel UnhiredCandidate { get; } = new("not-hired", "未录用的考察对象（直接列为相应层次后备）", "第五篇 推荐+考选")
    {
        DirectEntry = true,
        RecordsCompetedRank = true,
    };

    /// <summary>每年分配的省委组织部选调生，直接列为副科级后备干部 — that track and no other.</summary>
    public static Channel SelectedGraduate { get; } = new("graduate", "选调生（直接列为副科级后备）", "第五篇 推荐+考选")
    {
        DirectEntry = true,
        Tracks = [CountyTracks.DeputySection.Id],
    };

    /// <inheritdoc />
    public SchemeDefinition Define() => new()
    {
        Manifest = new SchemeManifest("county", "县科级后备干部选拔培养管理办法", "1.1.0", "第五篇 创新科级后备干部选拔培养管理机制", SdkInfo.Version)
        {
            ShortName = "县科级后备方案",
            Organisation = "临朐县",
        },
        Tracks = [CountyTracks.PrincipalSection, CountyTracks.DeputySection],
        Rules = CountyEligibility.All,
        PoolRules = CountyQuotas.Rules,
        Channels = [Recommendation, Examination, RunnerUp, UnhiredCandidate, SelectedGraduate],
        CampaignWorkflow = CountyWorkflow.Campaign(),
        NomineeWorkflow = CountyWorkflow.Nominee(),
        Management = CountyManagement.Rules,
        UnitKinds = ["县直机关", "乡镇"],
        Notes =
        [
            "两类条件均为“一般从…的干部中选拔”：职级、任现职级年限、参加工作年限、年龄、来源均为可放宽（破格）条件，须记录理由和批准人；没有刚性条件。",
            "直接列为后备是原文自己的决定，不经该类别的资格条件（新分配的选调生参加工作 0 年）：选调生只能列为副科级后备；差额人选和未录用的考察对象须登记所竞争职位的层次（正科 / 副科），只能列为该层次的后备。每名直接列入者以渠道记明属于哪一种情形。",
            "结构：正职“35岁至45岁为主体，其中35岁以下有一定数量”两段在 35 岁重叠；35 岁整只计入“35至45岁”段，“35岁以下”段按未满 35 岁计（副职的 30 岁同理）。",
            "动态管理列举的调出情形以“等情形”结尾，保留“其他情形”并须写明情况。",
            "重大事项报告：工作单位变动、参加学历教育、获得县级以上荣誉称号、受到党纪政纪处分、群众来信来访反映问题，须及时向县委组织部报告。",
            "“有一定数量”“占有一定比例”按至少 1 名提示；“为主体”按不少于一半。",
            "原文未规定公示天数，按 7 天；考察公示为第一篇 3.三 的必经程序。",
        ],
    };
}
