using ReserveSdk;
using ReserveTui.Workflow;

namespace ReserveTui.Services.Campaigns;

/// <summary>
/// A nominee as screens and verbs show it, with the eligibility snapshot, every action's permission, what has been
/// recorded, and the records the scheme's workflow reads (<see cref="Records"/>: 考察结果, 公示举报, 报名材料 …),
/// each permitted or held back with its reason like a workflow action.
/// </summary>
internal sealed record NominationView(
    string Id, string CampaignId, string PersonId, string Name, string TrackId, string TrackName, string ChannelId,
    string State, string StateName, int Version, EligibilityReport Eligibility, decimal VoteShare, bool VotesConcentrated,
    IReadOnlyList<ActionAvailability> Actions, IReadOnlyDictionary<string, string> Facts,
    NominationRecord Record, IReadOnlyList<ActionAvailability> Records)
{
    /// <summary>When each workflow step was taken (UTC), by action id: 公示 opens at <c>publicize</c>.</summary>
    public IReadOnlyDictionary<string, DateTime> Marks { get; init; } = new Dictionary<string, DateTime>();
}
