namespace ReserveSdk;

/// <summary>
/// 管理规则 — how reserves are managed once admitted: management period, minimum training period,
/// automatic lapse, theory exam before promotion, appraisal thresholds and removal reasons.
/// </summary>
/// <example>
/// <code>
/// new ManagementRules { ManagementPeriodYears = 3, MinimumTrainingYears = 1, LapsesAtPeriodEnd = true, UnfitVoteShareLimit = 0.20m }
/// </code>
/// </example>
public sealed record ManagementRules
{
    /// <summary>管理期: years a reserve stays in the pool; null when the scheme sets none.</summary>
    public int? ManagementPeriodYears { get; init; }

    /// <summary>最低培养期: years before a reserve may be promoted.</summary>
    public int? MinimumTrainingYears { get; init; }

    /// <summary>管理期满未被提拔使用的，后备干部资格自行取消.</summary>
    public bool LapsesAtPeriodEnd { get; init; }

    /// <summary>提拔前须通过政治理论任职资格考试.</summary>
    public bool TheoryExamBeforePromotion { get; init; }

    /// <summary>Removal when 不称职 votes exceed this share in an appraisal (county: 0.20); null when none.</summary>
    public decimal? UnfitVoteShareLimit { get; init; }

    /// <summary>Months between reviews (定期考察), e.g. 12 for "一年至少考察一次".</summary>
    public int? ReviewIntervalMonths { get; init; }

    /// <summary>The reasons a reserve may be removed; a removal records one of them.</summary>
    public IReadOnlyList<RemovalReason> RemovalReasons { get; init; } = [];

    /// <summary>
    /// How reserves are used once trained (使用): the rules the pool applies when a post falls vacant or the
    /// training ends (village 择优充实到村两委担任副职; enterprise 岗位空缺时直接进入提名酝酿). Not training forms.
    /// </summary>
    public IReadOnlyList<UseRule> UseRules { get; init; } = [];

    /// <summary>Training and posting forms the scheme names (挂职, 岗位轮换 …), for training records.</summary>
    public IReadOnlyList<string> TrainingForms { get; init; } = [];

    /// <summary>Where the source sets these rules.</summary>
    public string Citation { get; init; } = "";

    /// <summary>When the management period of a reserve admitted on <paramref name="admittedOn"/> ends; null without a period.</summary>
    /// <param name="admittedOn">Date admitted to the pool.</param>
    /// <returns>The end date.</returns>
    public DateOnly? PeriodEnd(DateOnly admittedOn) => ManagementPeriodYears is { } y ? admittedOn.AddYears(y) : null;

    /// <summary>The first day a reserve admitted on <paramref name="admittedOn"/> may be promoted.</summary>
    /// <param name="admittedOn">Date admitted to the pool.</param>
    /// <returns>The date, or <paramref name="admittedOn"/> without a minimum.</returns>
    public DateOnly TrainingEnd(DateOnly admittedOn) => MinimumTrainingYears is { } y ? admittedOn.AddYears(y) : admittedOn;

    /// <summary>Whether the reserve's status has lapsed on <paramref name="on"/>.</summary>
    /// <param name="admittedOn">Date admitted.</param>
    /// <param name="on">The date judged.</param>
    /// <returns>True when the scheme lapses reserves and the period has ended.</returns>
    public bool HasLapsed(DateOnly admittedOn, DateOnly on) => LapsesAtPeriodEnd && PeriodEnd(admittedOn) is { } end && on >= end;

    /// <summary>Reasons, in Chinese, why a reserve may not be promoted on <paramref name="on"/>; empty when promotion may proceed.</summary>
    /// <param name="admittedOn">Date admitted.</param>
    /// <param name="on">The date of the promotion.</param>
    /// <param name="theoryExamPassed">Whether the 政治理论任职资格考试 was passed.</param>
    /// <returns>The reasons.</returns>
    public IReadOnlyList<string> PromotionBlockers(DateOnly admittedOn, DateOnly on, bool theoryExamPassed)
    {
        var reasons = new List<string>();
        if (on < TrainingEnd(admittedOn)) reasons.Add($"培养期不满 {MinimumTrainingYears} 年（{TrainingEnd(admittedOn):yyyy-MM-dd} 前不得提拔使用）");
        if (HasLapsed(admittedOn, on)) reasons.Add($"管理期已于 {PeriodEnd(admittedOn):yyyy-MM-dd} 届满，后备资格已自行取消");
        if (TheoryExamBeforePromotion && !theoryExamPassed) reasons.Add("提拔前须通过政治理论任职资格考试");
        return reasons;
    }

    /// <summary>Whether an appraisal's 不称职 share requires removal.</summary>
    /// <param name="unfitShare">Share of 不称职 votes, 0–1.</param>
    /// <returns>True when above the scheme's limit.</returns>
    public bool UnfitVotesRequireRemoval(decimal unfitShare) => UnfitVoteShareLimit is { } limit && unfitShare > limit;
}
