namespace ReserveSdk;

/// <summary>Whether a pool rule sets how many reserves (数量) or what mix (结构).</summary>
public enum PoolRuleKind
{
    /// <summary>数量: a target number of reserves.</summary>
    Quantity,

    /// <summary>结构: age gradient, share of women, minorities, non-party cadres, ready-now reserves.</summary>
    Structure,
}
