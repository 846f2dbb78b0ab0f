namespace ReserveSdk;

/// <summary>A pool rule's finding: met, short (缺 — a gap to fill), or a warning.</summary>
public enum PoolStatus
{
    /// <summary>达标.</summary>
    Met,

    /// <summary>不足: the pool lacks reserves of this kind; the gap says how many.</summary>
    Short,

    /// <summary>提示: the structure drifts from what the scheme asks, without a hard number.</summary>
    Warning,
}
