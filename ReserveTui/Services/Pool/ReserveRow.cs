namespace ReserveTui.Services.Pool;

/// <summary>
/// One reserve cadre (后备干部) as the pool lists them: who, where, on which scheme and track, admitted when, the
/// training minimum's and management period's ends, and the status (在库 …) with its CLI code.
/// </summary>
internal sealed record ReserveRow(
    string Id, string PersonId, string Name, string? Unit, string SchemeId, string SchemeName, string TrackId, string TrackName,
    DateOnly AdmittedOn, DateOnly TrainingEnd, DateOnly? PeriodEnd, string Status, string StatusCode, string CampaignId, string NominationId)
{
    /// <summary>The last appraisal (考核), the scheme's review; null before the first.</summary>
    public DateOnly? LastReview { get; init; }

    /// <summary>The scheme's "at least once every N months" has run out without a review (in the pool only).</summary>
    public bool ReviewDue { get; init; }

    public int Version { get; init; }
}
