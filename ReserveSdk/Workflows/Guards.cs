namespace ReserveSdk;

/// <summary>Ready-made guards. Time guards compare calendar dates against the host's clock; nothing waits in the background.</summary>
/// <example><code>Guards.DaysSince("open-notice", 7, "公示期满 7 天后方可结束公示")</code></example>
public static class Guards
{
    /// <summary>At least <paramref name="days"/> calendar days have passed since the mark (opened on day 0, may close on day N).</summary>
    /// <param name="mark">The action id (or <c>state:&lt;id&gt;</c>) whose time counts.</param>
    /// <param name="days">Calendar days.</param>
    /// <param name="description">The Chinese reason shown when held back.</param>
    /// <returns>The guard.</returns>
    public static Guard DaysSince(string mark, int days, string description) =>
        new Guard(description, g => g.Marks.TryGetValue(mark, out var at) && (DateOnly.FromDateTime(g.Now.Date).DayNumber - DateOnly.FromDateTime(at.Date).DayNumber) >= days) with { PeriodDays = days, PeriodSince = mark };

    /// <summary>An earlier action has fired.</summary>
    /// <param name="mark">The action id.</param>
    /// <param name="description">The Chinese reason shown when held back.</param>
    /// <returns>The guard.</returns>
    public static Guard Done(string mark, string description) => new(description, g => g.Marks.ContainsKey(mark));

    /// <summary>A fact is "true".</summary>
    /// <param name="fact">The fact key (<see cref="WorkflowFacts"/>).</param>
    /// <param name="description">The Chinese reason shown when held back.</param>
    /// <returns>The guard.</returns>
    public static Guard Fact(string fact, string description) => new(description, g => g.Flag(fact)) { Fact = fact };

    /// <summary>A fact is not "true".</summary>
    /// <param name="fact">The fact key.</param>
    /// <param name="description">The Chinese reason shown when held back.</param>
    /// <returns>The guard.</returns>
    public static Guard NotFact(string fact, string description) => new(description, g => !g.Flag(fact)) { Fact = fact };

    /// <summary>A numeric fact is at least <paramref name="min"/>.</summary>
    /// <param name="fact">The fact key.</param>
    /// <param name="min">The minimum.</param>
    /// <param name="description">The Chinese reason shown when held back.</param>
    /// <returns>The guard.</returns>
    public static Guard AtLeast(string fact, decimal min, string description) => new(description, g => g.Number(fact) >= min) { Fact = fact };

    /// <summary>The nominee meets every eligibility rule (hard rules pass, relaxable failures relaxed, attestations recorded).</summary>
    /// <returns>The guard.</returns>
    public static Guard NomineeEligible() =>
        Fact(WorkflowFacts.Eligible, "须符合全部资格条件：刚性条件通过，未达到的可放宽条件已记录放宽，需认定的条件已认定");

    /// <summary>The nominee has given the 述职 report (第一篇 3.二).</summary>
    /// <returns>The guard.</returns>
    public static Guard Debriefed() => Fact(WorkflowFacts.Debriefed, "推荐或测评前，人选须先述职（第一篇 3.二）");

    /// <summary>The nominee's votes are concentrated; the threshold is never lowered to fill numbers (宁缺勿滥, 第一篇 3.二).</summary>
    /// <returns>The guard.</returns>
    public static Guard VotesConcentrated() =>
        Fact(WorkflowFacts.VotesConcentrated, "得票须达到本批次的集中度门槛；宁缺勿滥，不降低标准凑数（第一篇 3.二）");

    /// <summary>An inspection conclusion is recorded.</summary>
    /// <returns>The guard.</returns>
    public static Guard Inspected() => Fact(WorkflowFacts.Inspected, "须先记录组织考察结论");

    /// <summary>No report received during the notice is still unresolved.</summary>
    /// <returns>The guard.</returns>
    public static Guard NoOpenReports() =>
        new("公示期间收到的举报须先核查完毕", g => g.Number(WorkflowFacts.OpenReports) == 0) { Fact = WorkflowFacts.OpenReports };

    /// <summary>No report against the nominee was verified.</summary>
    /// <returns>The guard.</returns>
    public static Guard NoVerifiedReport() => NotFact(WorkflowFacts.ReportVerified, "公示期间有举报经查实，须取消其人选资格");

    /// <summary>A report against the nominee was verified (一经查实).</summary>
    /// <returns>The guard.</returns>
    public static Guard ReportVerified() => Fact(WorkflowFacts.ReportVerified, "只有举报经查实，才能取消人选资格");

    /// <summary>The campaign is in the given state (for nominee actions that belong to one stage of the campaign).</summary>
    /// <param name="campaignState">The campaign state id.</param>
    /// <param name="description">The Chinese reason shown when held back.</param>
    /// <returns>The guard.</returns>
    public static Guard CampaignIn(string campaignState, string description) =>
        new(description, g => g.Facts.TryGetValue(WorkflowFacts.CampaignState, out var s) && s == campaignState) { Fact = WorkflowFacts.CampaignState, Stage = campaignState };

    /// <summary>The nominee is on the given track.</summary>
    /// <param name="trackId">The track id.</param>
    /// <param name="description">The Chinese reason shown when held back.</param>
    /// <returns>The guard.</returns>
    public static Guard OnTrack(string trackId, string description) =>
        new(description, g => g.Facts.TryGetValue(WorkflowFacts.TrackId, out var t) && t == trackId);

    /// <summary>The nominee is not on the given track.</summary>
    /// <param name="trackId">The track id.</param>
    /// <param name="description">The Chinese reason shown when held back.</param>
    /// <returns>The guard.</returns>
    public static Guard NotOnTrack(string trackId, string description) =>
        new(description, g => !(g.Facts.TryGetValue(WorkflowFacts.TrackId, out var t) && t == trackId));

    /// <summary>第一篇 4.二: a plan runs only after the superior organisation department has reviewed it; put it on <c>publish</c>.</summary>
    /// <returns>The guard.</returns>
    public static Guard PlanApproved() =>
        Fact(WorkflowFacts.PlanApproved, "选拔方案须经上级党委组织部门审核后执行（第一篇 4.二）：尚未记录审核（审核单位、日期、文号）");

    /// <summary>
    /// Decide in score order (enterprise 四(四) "依据总成绩次序，最终确定"): held back while a higher-ranked candidate is
    /// neither through this action nor out of the running; the reason names them with rank and total.
    /// </summary>
    /// <returns>The guard.</returns>
    public static Guard InScoreOrder() =>
        new("须依据总成绩次序确定：排名在前的人选尚未研究审定", g => !g.Facts.TryGetValue(WorkflowFacts.AheadUndecided, out var v) || string.IsNullOrEmpty(v))
        {
            Fact = WorkflowFacts.AheadUndecided,
            Explain = g => g.Facts.TryGetValue(WorkflowFacts.AheadUndecided, out var v) && !string.IsNullOrEmpty(v)
                ? $"须依据总成绩次序确定：排名在前的 {v} 尚未研究审定（先确定，或记录其未确定的理由）"
                : null,
        };

    /// <summary>The nominee came through a direct-entry channel (直接列为后备).</summary>
    /// <returns>The guard.</returns>
    public static Guard DirectEntry() => Fact(WorkflowFacts.DirectEntry, "只有直接列为后备的人选（差额人选、未录用的考察对象、选调生）可直接入库");

    /// <summary>The nominee did not come through a direct-entry channel.</summary>
    /// <returns>The guard.</returns>
    public static Guard NotDirectEntry() => NotFact(WorkflowFacts.DirectEntry, "直接列为后备的人选不经推荐和考察");
}
