using ReserveSdk;

namespace ReserveScheme.School;

/// <summary>学校后备干部选拔推荐方案 (第二篇(三), 浦东教育系统基层单位).</summary>
public sealed class SchoolScheme : ISchemePlugin
{
    /// <inheritdoc />
    public SchemeDefinition Define() => new()
    {
        Manifest = new SchemeManifest("school", "学校后备干部选拔推荐方案", "1.1.0", "第二篇(三) 后备干部选拔方案", SdkInfo.Version)
        {
            ShortName = "学校方案",
            Organisation = "浦东教育系统基层单位（依据浦教党发〔**〕23号）",
        },
        Tracks = [SchoolTracks.Middle],
        Rules = SchoolEligibility.All,
        Channels = Channels.All,
        CampaignWorkflow = SchoolWorkflow.Campaign(),
        NomineeWorkflow = SchoolWorkflow.Nominee(),
        Management = SchoolManagement.Rules,
        UnitKinds = ["小学", "中学"],
        Notes =
        [
            "原文在“选拔推荐资格”之后中断：选拔程序按其他方案推定为 民主推荐 → 组织考察 → 公示（7 天）→ 党组织讨论确定。",
            "年龄：一般不超过35周岁为可放宽条件，特别优秀的原则上不超过45周岁为刚性上限——45 岁是原文为“特别优秀”这一例外自设的界限，“原则上”不再放宽它。",
            "“35周岁以下的干部须具有全日制大学本科”：以下包括本数，年满 35 周岁（含当天）仍须全日制。",
            "职称中级及以上为刚性条件；单位类型为“小学”时改为可放宽（“小学可适当放宽”）。",
            "经历条件原文为“一般须具有”，按可放宽条件处理（规则手册已按原文更正）；业务工作经历按参加工作年限计。",
            "原文未规定数量结构和管理办法。",
        ],
    };
}
