using ReserveSdk;
using ReserveTui.Workflow;

namespace ReserveTui.Services.Campaigns;

/// <summary>A campaign as screens and verbs show it: state, every action with its permission and reasons, targets, nominees.</summary>
internal sealed record CampaignView(
    string Id, string SchemeId, string SchemeName, string SchemeVersion, string Unit, int Year, DateOnly ReferenceDate,
    string State, string StateName, int Version, decimal ConcentrationThreshold,
    IReadOnlyList<ActionAvailability> Actions, IReadOnlyList<PoolFinding> Targets, IReadOnlyList<NominationView> Nominations);
