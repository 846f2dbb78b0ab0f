namespace ReserveTui.Services.Campaigns;

/// <summary>A relaxation (放宽) or attestation (认定) of one rule: who recorded it, when, why and who approved.</summary>
internal sealed record DecisionView(string RuleId, string? Reason, string? Approver, string By, DateTime At);
