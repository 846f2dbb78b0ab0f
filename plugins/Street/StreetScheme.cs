using ReserveSdk;

namespace ReserveScheme.Street;

/// <summary>街道后备干部选拔方案 (第二篇(二)).</summary>
public sealed class StreetScheme : ISchemePlugin
{
    /// <inheritdoc />
    public SchemeDefinition Define() => new()
    {
        Manifest = new SchemeManifest("street", "街道后备干部选拔方案", "1.1.0", "第二篇(二) 后备干部选拔方案", SdkInfo.Version) { ShortName = "街道方案" },
        Tracks = [StreetTracks.Middle],
        Rules = StreetEligibility.All,
        PoolRules = StreetQuotas.Rules,
        Channels = Channels.All,
        CampaignWorkflow = StreetWorkflow.Campaign(),
        NomineeWorkflow = StreetWorkflow.Nominee(),
        Management = StreetManagement.Rules,
        UnitKinds = ["街道", "机关部门", "社区", "管理处"],
        Notes =
        [
            "选拔范围为办事处机关、社区、管理处所有工作人员（二）。",
            "类别名称“中层后备”取自五4“中层后备干部正式人选名单”。",
            "“以35岁以下的工作人员为主体”按不少于一半理解；“适当数量的非中共党员干部”按至少 1 名提示。",
            "“35岁以下”“30岁以下”包括本数：年满 35 岁、30 岁的后备干部计入。",
        ],
    };
}
