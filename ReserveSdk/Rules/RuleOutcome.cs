namespace ReserveSdk;

/// <summary>One rule's outcome for one person. JSON spells them <c>pass</c>, <c>fail</c>, <c>unknown</c>, <c>pending</c>, <c>info</c>, <c>relaxed</c>.</summary>
public enum RuleOutcome
{
    /// <summary>The rule holds.</summary>
    Pass,

    /// <summary>The rule does not hold.</summary>
    Fail,

    /// <summary>A fact the rule needs is missing; never a pass.</summary>
    Unknown,

    /// <summary>An attested condition not yet attested.</summary>
    Pending,

    /// <summary>A preference: informs the order, never the verdict.</summary>
    Info,

    /// <summary>A relaxable rule that fails but was relaxed by an operator with reason and approver.</summary>
    Relaxed,

    /// <summary>
    /// 方案插件出错: evaluating the rule threw. Never a pass: the verdict is at best incomplete, and the explanation
    /// names the scheme, the rule and the error, so the plugin's author can be told. Since SDK 1.5.
    /// </summary>
    Fault,
}
