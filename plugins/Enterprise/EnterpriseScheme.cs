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
        Manifest = new SchemeManifest("enterprise", "公司公开选拔中层助理后备人选实施方案", "1.1.0", "第四篇 选拔后备干部实施方案", SdkInfo.Version) { ShortName = "公司中层助理方案" },
        Tracks = [EnterpriseTracks.Assistant],
        Rules = EnterpriseEligibility.All,
        Channels = [UnitRecommendation, SelfNomination],
        CampaignWorkflow = EnterpriseWorkflow.Campaign(),
        NomineeWorkflow = EnterpriseWorkflow.Nominee(),
        Scoring = EnterpriseScoring.Model,
        RegistrationDocuments = ["应聘人员登记表（一式2份）", "身份证", "学历（学位）证", "现任岗位证明"],
        Management = EnterpriseManagement.Rules,
        UnitKinds = ["企业"],
        Notes =
        [
            "报名材料：《应聘人员登记表》一式2份，身份证、学历（学位）证、所在单位出具的现任岗位证明（六）。",
            "总成绩相同时依次比较组织考察、演讲答辩成绩——原文未规定，为推定。",
            "原文未规定公示天数，按 7 天。",
            "年龄条件原文注明“实绩突出的可适当放宽”，按可放宽条件处理，未设刚性上限。",
            "三3 第三条路径“专科及以上学历，参加工作5年以上”中的学历要求即三1 的学历条件，三1 对实绩突出者放宽到中专：学历部分由 education.min（可放宽）和 education.floor（中专，刚性）承担，三3 按“中专及以上且参加工作5年以上”判断，放宽学历的中专人员不被三3 排除；中专以下仍为刚性不符合。",
            "研究审定“依据总成绩次序，最终确定”（四(四)）：排名在前的人选尚未确定、也未退出或被取消时，不能先确定排名在后者；不予确定须写明理由。",
        ],
    };
}
