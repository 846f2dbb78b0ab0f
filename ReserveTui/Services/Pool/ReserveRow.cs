namespace ReserveTui.Services.Pool;

/// <summary>
/// One reserve cadre (后备干部) as the pool lists them: who, where, on which scheme and track, admitted when, the
/// training minimum's and management period's ends, and the status (在库 …) with its CLI code.
/// </summary>
internal sealed record ReserveRow(
    string Id, string PersonId, string Name, string? Unit, string SchemeId, string SchemeName, string TrackId, string TrackName,
    DateOnly AdmittedOn, DateOnly TrainingEnd, DateOnly? PeriodEnd, string Status, string StatusCode, string CampaignId, string NominationId);
