namespace ReserveSdk;

/// <summary>
/// Everything besides the person's facts that an eligibility evaluation reads: the reference date
/// (基准日), the unit kind, and the relaxations and attestations an operator has recorded.
/// </summary>
/// <param name="ReferenceDate">Ages and years are counted on this date, never on "today".</param>
/// <example><code>var ctx = new EvaluationContext(new DateOnly(2026, 6, 30)) { UnitKind = "小学" };</code></example>
public sealed record EvaluationContext(DateOnly ReferenceDate)
{
    /// <summary>The kind of the nominating unit (e.g. 小学); falls back to the person's <see cref="Person.UnitKind"/> when null.</summary>
    public string? UnitKind { get; init; }

    /// <summary>Ids of rules an operator attested (认定) for this person.</summary>
    public IReadOnlySet<string> Attested { get; init; } = new HashSet<string>();

    /// <summary>Ids of relaxable rules an operator relaxed (放宽) for this person, with reason and approver recorded elsewhere.</summary>
    public IReadOnlySet<string> Relaxed { get; init; } = new HashSet<string>();

    /// <summary>The rule being evaluated; set by the evaluator so attested conditions know what to look up.</summary>
    public string CurrentRuleId { get; init; } = "";

    /// <summary>The unit kind in force for <paramref name="person"/>: the context's, else the person's.</summary>
    /// <param name="person">The person.</param>
    /// <returns>The unit kind, or null.</returns>
    public string? UnitKindFor(Person person) => UnitKind ?? person.UnitKind;
}
