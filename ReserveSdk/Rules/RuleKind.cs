namespace ReserveSdk;

/// <summary>How a rule's failure affects a verdict (SCHEMES.md: hard, relaxable, attested, preference).</summary>
public enum RuleKind
{
    /// <summary>刚性条件: a failure makes the person ineligible.</summary>
    Hard,

    /// <summary>可放宽条件: a failure leaves the person eligible only with a recorded relaxation (reason, approver).</summary>
    Relaxable,

    /// <summary>认定条件: a qualitative condition an operator attests (who, when).</summary>
    Attested,

    /// <summary>优先条件: not a condition; it orders candidates.</summary>
    Preference,
}
