namespace ReserveSdk;

/// <summary>
/// 约定 — the ids the host gives meaning to. A scheme that uses them gets the host's behaviour for them; nothing
/// else in a plugin's workflow is special. <see cref="WorkflowBuilder"/>'s helpers use them already.
/// </summary>
/// <example><code>.Action(Conventions.Publish, "公布选拔方案", "draft", "nominating", "第一篇 3.一", Guards.PlanApproved())</code></example>
public static class Conventions
{
    /// <summary>
    /// Campaign action from the initial state that publishes the plan (第一篇 3.一): the host asks for the six items of
    /// the pre-selection publication, and nominations and ballots belong to the state it leads to.
    /// </summary>
    public const string Publish = "publish";

    /// <summary>Nominee action that records 述职 (第一篇 3.二) with its note, in the same step.</summary>
    public const string Debrief = "debrief";

    /// <summary>Nominee end state: admitted to the reserve pool. Reaching it files the person into the pool.</summary>
    public const string Admitted = "admitted";

    /// <summary>Nominee state of the public notice (公示中); reports may be registered while a nominee is in it.</summary>
    public const string Notice = "notice";

    /// <summary>Nominee action into <see cref="Notice"/>; its time is when the nominee's notice period starts.</summary>
    public const string Publicize = "publicize";

    /// <summary>Nominee action out of <see cref="Notice"/> when nothing was found (公示无异议).</summary>
    public const string Clear = "clear";

    /// <summary>Nominee action out of <see cref="Notice"/> when a report was verified (一经查实，取消资格).</summary>
    public const string Disqualify = "disqualify";

    /// <summary>Campaign actions that open and close the campaign's notice (<see cref="WorkflowBuilder.CampaignNotice"/>).</summary>
    public const string OpenNotice = "open-notice";

    /// <inheritdoc cref="OpenNotice"/>
    public const string CloseNotice = "close-notice";

    /// <summary>
    /// The removal reason (<see cref="RemovalReason.Id"/>) the pool proposes when an appraisal's 不称职 share exceeds
    /// <see cref="ManagementRules.UnfitVoteShareLimit"/> (county: 考核不称职票超过20%).
    /// </summary>
    public const string RemovalForUnfitVotes = "unfit-votes";

    /// <summary>
    /// The removal reason the pool proposes when a reserve no longer meets the track's age condition (street 七(二)7
    /// 年龄已超出选拔条件的): an eligibility rule whose id starts with <see cref="AgeRulePrefix"/> now fails.
    /// </summary>
    public const string RemovalForAge = "age";

    /// <summary>Eligibility rules about age have ids starting with this ("age.max", "age.max.deputy").</summary>
    public const string AgeRulePrefix = "age";
}
