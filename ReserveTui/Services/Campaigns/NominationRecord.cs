namespace ReserveTui.Services.Campaigns;

/// <summary>
/// What has been recorded about a nominee besides its workflow state: 述职, the inspection (民主测评 shares and
/// 考察结论), reports received during the notice, registration documents, scores, the exam, relaxations and attestations.
/// </summary>
internal sealed record NominationRecord(
    bool Debriefed, string? DebriefNote,
    decimal? FitShare, decimal? BasicallyFitShare, decimal? UnfitShare, string? InspectionConclusion,
    IReadOnlyList<ReportView> Reports, IReadOnlyList<string> Documents, IReadOnlyList<string> MissingDocuments,
    IReadOnlyDictionary<string, decimal> Scores, bool ExamPassed,
    IReadOnlyList<DecisionView> Relaxations, IReadOnlyList<DecisionView> Attestations)
{
    /// <summary>Direct entry as 差额人选 / 未录用的考察对象: the rank of the post competed for, in Chinese (正科 …).</summary>
    public string? CompetedRank { get; init; }

    /// <summary>Notes given with workflow actions, by action id (e.g. why a candidate was not selected).</summary>
    public IReadOnlyDictionary<string, string> ActionNotes { get; init; } = new Dictionary<string, string>();
}
