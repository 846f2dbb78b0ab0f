using ReserveSdk;

namespace ReserveScheme.Village;

/// <summary>村党支部培养选拔后备干部 (第三篇).</summary>
public sealed class VillageScheme : ISchemePlugin
{
    /// <summary>党支部提名 (inferred channel).</summary>
    public static Channel BranchNomination { get; } = new("branch", "党支部提名", "第三篇（推定）");

    /// <summary>群众推荐 (inferred channel): villagers recommend; beside 第一篇's 公开举荐 by members and the public.</summary>
    public static Channel VillagerRecommendation { get; } = new("villagers", "群众推荐", "第三篇（推定）");

    /// <inheritdoc />
    public SchemeDefinition Define() => new()
    {
        Manifest = new SchemeManifest("village", "村党支部培养选拔后备干部方案", "1.1.0", "第三篇 党支部选拔后备干部", SdkInfo.Version) { ShortName = "村级后备方案" },
        Tracks = [VillageTracks.Village],
        Rules = VillageEligibility.All,
        // The village's own channels first, then 第一篇's cross-cutting ones (SCHEMES.md 1): no village clause excludes them.
        Channels = [BranchNomination, VillagerRecommendation, .. Channels.All],
        CampaignWorkflow = VillageWorkflow.Campaign(),
        NomineeWorkflow = VillageWorkflow.Nominee(),
        Management = VillageManagement.Rules,
        UnitKinds = ["村", "乡镇"],
        Notes =
        [
            "原文没有选拔程序：推定为 党支部提名/群众推荐 → 党支部审查 → 组织考察 → 考察公示（7 天）→ 报乡镇党委备案。第一篇对每个方案都规定：方案经上级组织部门审核后执行（4.二）、选拔前公开（3.一）、考察公示为必经程序（3.三），村级方案没有相反条款，故照此执行。",
            "推荐渠道：党支部提名、群众推荐（推定），以及第一篇的民主推荐、公开举荐、领导干部署名推荐、个人自荐、公开选拔、定点推荐。民主推荐票不作为村级流程的关卡（原文未规定计票办法）。",
            "培养期 1–3 年：最低 1 年后方可使用，满 3 年时提示（原文未说期满自动取消，故不自动取消）。",
            "“无违法违纪现象”按 处分 与 不良行为 两项均为“无”判断。",
            "原文“付职”即“副职”。",
        ],
    };
}
