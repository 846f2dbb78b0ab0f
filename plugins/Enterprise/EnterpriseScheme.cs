using ReserveSdk;

namespace ReserveScheme.Enterprise;

/// <summary>公司公开选拔中层助理后备人选实施方案 (第四篇).</summary>
public sealed class EnterpriseScheme : ISchemePlugin
{
    /// <summary>单位推荐 (三6).</summary>
    public static Channel UnitRecommendation { get; } = new("unit", "单位推荐", "第四篇 三6");

    /// <summary>个人毛遂自荐 (三6).</summary>
    public static Channel SelfNomination { get; } = Channels.SelfNomination with { Citation = "第四篇 三6" };

    /// <inheritdoc />
    public SchemeDefinition Define() => new()
    {
        Manifest = new SchemeManifest("enterprise", "公司公开选拔中层助理后备人选实施方案", "1.0.0", "第四篇 选拔后备干部实施方案", SdkInfo.Version) { ShortName = "公司中层助理方案" },
        Tracks = [EnterpriseTracks.Assistant],
        Rules = EnterpriseEligibility.Rules,
        Channels = [UnitRecommendation, SelfNomination],
        CampaignWorkflow = EnterpriseWorkflow.Campaign(),
        NomineeWorkflow = EnterpriseWorkflow.Nominee(),
        Scoring = EnterpriseScoring.Model,
        Management = new ManagementRules
        {
            Citation = "第四篇 二(二)",
            TrainingForms = ["列入公司后备干部库统一管理，岗位空缺时按人岗匹配直接进入提名酝酿程序"],
        },
        Notes =
        [
            "报名材料：《应聘人员登记表》一式2份，身份证、学历（学位）证、所在单位出具的现任岗位证明（六）。",
            "总成绩相同时依次比较组织考察、演讲答辩成绩——原文未规定，为推定。",
            "原文未规定公示天数，按 7 天。",
            "年龄条件原文注明“实绩突出的可适当放宽”，按可放宽条件处理，未设刚性上限。",
            "三3 的三条路径都要求专科及以上学历，因此学历放宽到中专的人员仍不能满足三3——这是原文本身的结果，插件如实执行。",
        ],
    };
}
