namespace ReserveSdk;

/// <summary>
/// 学历 — highest education completed. Members are ordered low to high; 高中 and 中专 share one
/// tier (SCHEMES.md: 高中(含中专/职高)), so compare with <see cref="EducationLevels.Tier"/>, not with
/// the enum values.
/// </summary>
public enum EducationLevel
{
    /// <summary>初中.</summary>
    JuniorHigh = 10,

    /// <summary>高中 (含职高).</summary>
    HighSchool = 20,

    /// <summary>中专 — the same tier as 高中.</summary>
    SecondaryVocational = 21,

    /// <summary>大学专科 (大专).</summary>
    JuniorCollege = 30,

    /// <summary>大学本科.</summary>
    Bachelor = 40,

    /// <summary>硕士研究生 (研究生).</summary>
    Master = 50,

    /// <summary>博士研究生.</summary>
    Doctor = 60,
}
