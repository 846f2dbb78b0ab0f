namespace ReserveSdk;

/// <summary>Factory for <see cref="EligibilityRule"/> of each kind.</summary>
/// <example>
/// <code>
/// Rules.Hard("education.min", "后备干部的文化程度应在大学本科以上", "第二篇(一) 二(三)", Conditions.EducationAtLeast(EducationLevel.Bachelor));
/// Rules.Attested("health", "身体健康", "第二篇(一) 二(五)");
/// </code>
/// </example>
public static class Rules
{
    /// <summary>A hard rule: failing it makes the person ineligible.</summary>
    /// <param name="id">Rule id.</param>
    /// <param name="description">The rule in Chinese.</param>
    /// <param name="citation">Where the source says it.</param>
    /// <param name="condition">What decides it.</param>
    /// <returns>The rule.</returns>
    public static EligibilityRule Hard(string id, string description, string citation, Condition condition) =>
        new(id, description, citation, RuleKind.Hard, condition);

    /// <summary>A relaxable rule: failing it needs a recorded relaxation.</summary>
    /// <param name="id">Rule id.</param>
    /// <param name="description">The rule in Chinese.</param>
    /// <param name="citation">Where the source says it.</param>
    /// <param name="condition">What decides it.</param>
    /// <returns>The rule.</returns>
    public static EligibilityRule Relaxable(string id, string description, string citation, Condition condition) =>
        new(id, description, citation, RuleKind.Relaxable, condition);

    /// <summary>An attested rule: pending until an operator attests it.</summary>
    /// <param name="id">Rule id.</param>
    /// <param name="description">What must be attested, in Chinese.</param>
    /// <param name="citation">Where the source says it.</param>
    /// <returns>The rule.</returns>
    public static EligibilityRule Attested(string id, string description, string citation) =>
        new(id, description, citation, RuleKind.Attested, Conditions.Attested(description));

    /// <summary>A preference: it orders candidates and never fails anyone.</summary>
    /// <param name="id">Rule id.</param>
    /// <param name="description">The preference in Chinese.</param>
    /// <param name="citation">Where the source says it.</param>
    /// <param name="condition">Who is preferred.</param>
    /// <returns>The rule.</returns>
    public static EligibilityRule Preference(string id, string description, string citation, Condition condition) =>
        new(id, description, citation, RuleKind.Preference, condition);
}
