namespace ReserveSdk;

/// <summary>What a <see cref="Condition"/> found about one person.</summary>
public enum ConditionStatus
{
    /// <summary>The condition holds.</summary>
    Met,

    /// <summary>The condition does not hold.</summary>
    Unmet,

    /// <summary>A fact the condition needs is missing; never treated as met.</summary>
    Unknown,

    /// <summary>The condition is qualitative and waits for an operator's attestation (认定).</summary>
    Pending,
}
