namespace ReserveSdk;

/// <summary>Comparisons on <see cref="EducationLevel"/> that respect shared tiers.</summary>
public static class EducationLevels
{
    /// <summary>The tier used for "X 以上" comparisons: 高中 and 中专 are one tier.</summary>
    /// <param name="level">The education level.</param>
    /// <returns>A number that orders levels; equal numbers are equivalent.</returns>
    /// <example><code>EducationLevels.Tier(EducationLevel.SecondaryVocational) == EducationLevels.Tier(EducationLevel.HighSchool) // true</code></example>
    public static int Tier(EducationLevel level) => (int)level / 10;

    /// <summary>Whether <paramref name="actual"/> is at least <paramref name="required"/> ("以上" includes the level itself).</summary>
    /// <param name="actual">The person's level.</param>
    /// <param name="required">The floor.</param>
    /// <returns><c>true</c> when the actual tier is the same or higher.</returns>
    public static bool AtLeast(EducationLevel actual, EducationLevel required) => Tier(actual) >= Tier(required);
}
