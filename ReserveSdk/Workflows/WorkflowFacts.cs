namespace ReserveSdk;

/// <summary>
/// The fact keys the host supplies to guards. Campaign facts describe the whole campaign; nominee facts
/// describe one nomination. Values are strings: "true"/"false" for flags, invariant numbers for counts.
/// </summary>
public static class WorkflowFacts
{
    /// <summary>Campaign: number of nominations.</summary>
    public const string Nominations = "campaign.nominations";

    /// <summary>Campaign: nominations not at an end state, plus those admitted (withdrawn, not selected and disqualified ones do not count).</summary>
    public const string ActiveNominations = "campaign.active_nominations";

    /// <summary>Campaign: number of recommendation ballots recorded.</summary>
    public const string Ballots = "campaign.ballots";

    /// <summary>Campaign: every active nomination has a complete score sheet (schemes with scoring).</summary>
    public const string ScoresComplete = "campaign.scores_complete";

    /// <summary>Campaign: every active nomination has reached a final decision state.</summary>
    public const string AllNomineesDecided = "campaign.all_nominees_decided";

    /// <summary>Campaign: the superior organisation department's approval of the plan is recorded (第一篇 4.二).</summary>
    public const string PlanApproved = "campaign.plan_approved";

    /// <summary>Nominee: the eligibility verdict code (<see cref="Verdicts.Code(Verdict)"/>).</summary>
    public const string Verdict = "nominee.verdict";

    /// <summary>The campaign's current state id, given to nominee guards so a nominee's step can wait for the campaign's stage.</summary>
    public const string CampaignState = "campaign.state";

    /// <summary>Nominee: "true" when no hard rule fails and every relaxable failure is relaxed and every attestation recorded.</summary>
    public const string Eligible = "nominee.eligible";

    /// <summary>Nominee: has given the 述职 report.</summary>
    public const string Debriefed = "nominee.debriefed";

    /// <summary>Nominee: share of recommendation votes received (0–1).</summary>
    public const string VoteShare = "nominee.vote_share";

    /// <summary>Nominee: vote share reaches the campaign's concentration threshold (得票集中).</summary>
    public const string VotesConcentrated = "nominee.votes_concentrated";

    /// <summary>Nominee: an inspection (考察) conclusion is recorded.</summary>
    public const string Inspected = "nominee.inspected";

    /// <summary>Nominee: share of 不称职 votes in the 民主测评 (0–1).</summary>
    public const string UnfitShare = "nominee.unfit_share";

    /// <summary>Nominee: a report received during the public notice was verified (一经查实).</summary>
    public const string ReportVerified = "nominee.report_verified";

    /// <summary>Nominee: reports received during the notice and not yet resolved.</summary>
    public const string OpenReports = "nominee.open_reports";

    /// <summary>Nominee: the registration documents checklist is complete (enterprise).</summary>
    public const string DocumentsComplete = "nominee.documents_complete";

    /// <summary>Nominee: the score sheet is complete (enterprise).</summary>
    public const string Scored = "nominee.scored";

    /// <summary>Nominee: the track is a 正职 track.</summary>
    public const string PrincipalTrack = "nominee.principal_track";

    /// <summary>Nominee: the channel is a direct-entry channel.</summary>
    public const string DirectEntry = "nominee.direct_entry";

    /// <summary>Nominee: passed the written examination of an open competitive selection (考选).</summary>
    public const string ExamPassed = "nominee.exam_passed";

    /// <summary>Nominee: the channel id.</summary>
    public const string ChannelId = "nominee.channel";

    /// <summary>
    /// Nominee: the candidates ranked above this one by the scheme's score order who are still undecided, in
    /// Chinese ("张三（第1名，总分 86）"), separated by "、"; empty when none. Undecided: not in an end state and not yet
    /// through the action that carries <see cref="Guards.InScoreOrder"/>.
    /// </summary>
    public const string AheadUndecided = "nominee.ahead_undecided";

    /// <summary>Nominee: the track id.</summary>
    public const string TrackId = "nominee.track";
}
