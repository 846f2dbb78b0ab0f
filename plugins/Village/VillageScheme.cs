using ReserveSdk;

namespace ReserveScheme.Village;

/// <summary>村党支部培养选拔后备干部 (第三篇).</summary>
public sealed class VillageScheme : ISchemePlugin
{
    /// <summary>党支部提名 (inferred channel).</summary>
    public static Channel BranchNomination { get; } = new("branch", "党支部提名", "第三篇（推定）");

    /// <inheritdoc />
    public SchemeDefinition Define() => new()
    {
        Manifest = new SchemeManifest("village", "村党支部培养选拔后备干部方案", "1.0.0", "第三篇 党支部选拔后备干部", SdkInfo.Version) { ShortName = "村级后备方案" },
        Tracks = [VillageTracks.Village],
        Rules = VillageEligibility.Rules,
        Channels = [BranchNomination, Channels.PublicNomination, Channels.SelfNomination],
        CampaignWorkflow = VillageWorkflow.Campaign(),
        NomineeWorkflow = VillageWorkflow.Nominee(),
        Management = new ManagementRules
        {
            Citation = "第三篇 五11",
            MinimumTrainingYears = 1,
            ManagementPeriodYears = 3,
            TrainingForms = ["经过1-3年培养成熟后，择优充实到村两委担任副职"],
        },
        Notes =
        [
            "原文没有选拔程序：推定为 党支部提名/群众推荐 → 党支部审查 → 公示（7 天）→ 报乡镇党委备案。",
            "培养期 1–3 年：最低 1 年后方可使用，满 3 年时提示（原文未说期满自动取消，故不自动取消）。",
            "“无违法违纪现象”按 处分 与 不良行为 两项均为“无”判断。",
            "原文“付职”即“副职”。",
        ],
    };
}
