using ReserveSdk;
using ReserveTui.Workflow;

namespace ReserveTui.Services.Campaigns;

/// <summary>A nominee as screens and verbs show it, with the eligibility snapshot and every action's permission.</summary>
internal sealed record NominationView(
    string Id, string CampaignId, string PersonId, string Name, string TrackId, string TrackName, string ChannelId,
    string State, string StateName, int Version, EligibilityReport Eligibility, decimal VoteShare, bool VotesConcentrated,
    IReadOnlyList<ActionAvailability> Actions, IReadOnlyDictionary<string, string> Facts);
