namespace ReserveSdk;

/// <summary>学位 — academic degree.</summary>
public enum DegreeLevel
{
    /// <summary>无.</summary>
    None,

    /// <summary>学士.</summary>
    Bachelor,

    /// <summary>硕士.</summary>
    Master,

    /// <summary>博士.</summary>
    Doctor,
}
