using ReserveSdk;
using ReserveTui.Workflow;

namespace ReserveTui.Services.Campaigns;

/// <summary>A campaign as screens and verbs show it: state, every action with its permission and reasons, targets, nominees.</summary>
internal sealed record CampaignView(
    string Id, string SchemeId, string SchemeName, string SchemeVersion, string Unit, int Year, DateOnly ReferenceDate,
    string State, string StateName, int Version, decimal ConcentrationThreshold,
    IReadOnlyList<ActionAvailability> Actions, IReadOnlyList<PoolFinding> Targets, IReadOnlyList<NominationView> Nominations)
{
    /// <summary>Whether the scheme ranks candidates by score (the enterprise's open selection): scores import and the ranking apply.</summary>
    public bool Scored => ScoreParts.Count > 0;

    /// <summary>The campaign has reached a final state (完成, 取消): only its record and results remain to read.</summary>
    public bool Finished { get; init; }

    /// <summary>Why nominations and ballots are not taken now (null while the publication's phase runs).</summary>
    public string? NominationClosed { get; init; }

    /// <summary>Whether the scheme's procedure counts recommendation votes (a guard reads the vote share).</summary>
    public bool CountsVotes { get; init; }

    /// <summary>Recommendation ballots entered so far.</summary>
    public int Ballots { get; init; }

    /// <summary>The scored parts (笔试, 演讲答辩, the three rater groups of 组织考察) with their maximum points, in order.</summary>
    public IReadOnlyList<ScoreComponent> ScoreParts { get; init; } = [];

    /// <summary>Chinese names of the scored components and parts by id (the ranking reports components by id).</summary>
    public IReadOnlyDictionary<string, string> ScoreNames { get; init; } = new Dictionary<string, string>();

    /// <summary>The scheme's channels (推荐渠道) by Chinese name.</summary>
    public IReadOnlyList<string> ChannelNames { get; init; } = [];

    /// <summary>The scheme's voter groups, counted separately (第一篇 3.二).</summary>
    public IReadOnlyList<string> VoterCategories { get; init; } = [];

    /// <summary>方案审核 (第一篇 4.二): null until the superior organisation department's approval is recorded.</summary>
    public PlanApprovalView? PlanApproval { get; init; }

    /// <summary>The pre-selection publication's items as recorded with <c>publish</c> (purpose, conditions …), by key.</summary>
    public IReadOnlyDictionary<string, string> Publication { get; init; } = new Dictionary<string, string>();

    /// <summary>公示受理: where and how to report during the notice, as recorded; null until then.</summary>
    public string? NoticeContact { get; init; }

    /// <summary>How many names a ballot may carry at most (0: no limit).</summary>
    public int MaxChoices { get; init; }

    /// <summary>The approval can be recorded or changed now: before the plan is published (the workflow's initial state).</summary>
    public bool PlanApprovalOpen { get; init; }
}
