namespace ReserveSdk;

/// <summary>资格审查结果 — the eligibility snapshot for one person on one track, stamped with the scheme version.</summary>
/// <param name="SchemeId">The scheme id.</param>
/// <param name="SchemeVersion">The scheme version the rules came from.</param>
/// <param name="TrackId">The track.</param>
/// <param name="ReferenceDate">The date ages and years were counted on.</param>
/// <param name="Verdict">The verdict.</param>
/// <param name="Rules">Every applicable rule's result, in the scheme's order.</param>
public sealed record EligibilityReport(string SchemeId, string SchemeVersion, string TrackId, DateOnly ReferenceDate, Verdict Verdict, IReadOnlyList<RuleResult> Rules);
