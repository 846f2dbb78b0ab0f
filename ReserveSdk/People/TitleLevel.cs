namespace ReserveSdk;

/// <summary>职称 — professional title, ordered low to high.</summary>
public enum TitleLevel
{
    /// <summary>无.</summary>
    None,

    /// <summary>初级.</summary>
    Junior,

    /// <summary>中级.</summary>
    Intermediate,

    /// <summary>副高级.</summary>
    AssociateSenior,

    /// <summary>正高级.</summary>
    Senior,
}
