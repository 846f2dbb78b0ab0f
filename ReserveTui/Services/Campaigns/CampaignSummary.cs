namespace ReserveTui.Services.Campaigns;

/// <summary>A campaign in a list: enough to choose it, without evaluating its nominees.</summary>
internal sealed record CampaignSummary(string Id, string SchemeId, string SchemeShortName, string SchemeVersion, string UnitName, int Year, string State, string StateName);
