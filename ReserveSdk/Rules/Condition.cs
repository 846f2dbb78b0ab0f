namespace ReserveSdk;

/// <summary>
/// One computable (or attestable) condition on a person, with its Chinese description and the roster
/// fields it reads. Build them with <see cref="Conditions"/>; combine with <see cref="AnyOf"/> and <see cref="AllOf"/>.
/// </summary>
/// <example>
/// <code>
/// var deputyDivision = Condition.AnyOf(
///     Conditions.RankIs(RankLevel.Section),
///     Condition.AllOf(Conditions.IsTeacher(), Conditions.EducationAtLeast(EducationLevel.Master)));
/// </code>
/// </example>
public sealed class Condition
{
    private readonly Func<Person, EvaluationContext, ConditionResult> _evaluate;

    private Condition(string description, IReadOnlyList<string> facts, Func<Person, EvaluationContext, ConditionResult> evaluate)
    {
        Description = description;
        Facts = facts;
        _evaluate = evaluate;
    }

    /// <summary>What the condition requires, in Chinese, e.g. "年龄不超过 40 周岁".</summary>
    public string Description { get; }

    /// <summary>The roster keys (FORMATS.md) the condition reads, e.g. <c>birth_date</c>.</summary>
    public IReadOnlyList<string> Facts { get; }

    /// <summary>
    /// Creates a condition from a function. Prefer the ready-made ones in <see cref="Conditions"/>. The function must
    /// be pure — read only the person and the context, keep no state: the host calls it for many people at once on
    /// several threads (<c>reserve check</c> judges a roster on every core).
    /// </summary>
    /// <param name="description">What it requires, in Chinese.</param>
    /// <param name="facts">The roster keys it reads.</param>
    /// <param name="evaluate">Returns the status and an explanation naming actual and required values.</param>
    /// <returns>The condition.</returns>
    public static Condition Create(string description, IReadOnlyList<string> facts, Func<Person, EvaluationContext, ConditionResult> evaluate) =>
        new(description, facts, evaluate);

    /// <summary>Evaluates the condition for one person.</summary>
    /// <param name="person">The person's facts.</param>
    /// <param name="context">Reference date, unit kind, attestations.</param>
    /// <returns>The status and its explanation.</returns>
    public ConditionResult Evaluate(Person person, EvaluationContext context) => _evaluate(person, context);

    /// <summary>
    /// Holds when any alternative holds ("或"). Otherwise pending if an alternative waits for attestation,
    /// unknown if one lacks a fact, else unmet — an unknown alternative never counts as a pass.
    /// </summary>
    /// <param name="alternatives">The alternatives, in the order the scheme states them.</param>
    /// <returns>The combined condition.</returns>
    public static Condition AnyOf(params Condition[] alternatives)
    {
        var memo = new CombinationMemo();
        return new(string.Join("；或", alternatives.Select(a => a.Description)), alternatives.SelectMany(a => a.Facts).Distinct().ToList(), (p, c) =>
        {
            // Every alternative is evaluated before one is taken: one that throws makes the rule a fault (a plugin's
            // error) even when another alternative holds.
            var room = new PartResults();
            var results = alternatives.Length <= PartResults.Size ? ((Span<ConditionResult>)room)[..alternatives.Length] : new ConditionResult[alternatives.Length];
            for (var i = 0; i < alternatives.Length; i++) results[i] = alternatives[i].Evaluate(p, c);
            return memo.Get(results, FirstMet);
        });
    }

    private static ConditionResult FirstMet(ConditionResult[] results)
    {
        foreach (var r in results)
            if (r.Status == ConditionStatus.Met) return ConditionResult.Met("满足：" + r.Explanation);

        var status = Has(results, ConditionStatus.Pending) ? ConditionStatus.Pending
            : Has(results, ConditionStatus.Unknown) ? ConditionStatus.Unknown
            : ConditionStatus.Unmet;
        var lead = status == ConditionStatus.Unmet ? "各项均不满足：" : "尚无满足项：";
        return new ConditionResult(status, lead + string.Join("；", Explanations(results, null)));
    }

    /// <summary>Holds when every part holds ("且"). Unmet if any part is unmet; otherwise unknown, then pending, if any part is.</summary>
    /// <param name="parts">The parts.</param>
    /// <returns>The combined condition.</returns>
    public static Condition AllOf(params Condition[] parts)
    {
        var memo = new CombinationMemo();
        return new(string.Join("且", parts.Select(a => a.Description)), parts.SelectMany(a => a.Facts).Distinct().ToList(), (p, c) =>
        {
            var room = new PartResults();
            var results = parts.Length <= PartResults.Size ? ((Span<ConditionResult>)room)[..parts.Length] : new ConditionResult[parts.Length];
            for (var i = 0; i < parts.Length; i++) results[i] = parts[i].Evaluate(p, c);
            return memo.Get(results, Every);
        });
    }

    private static ConditionResult Every(ConditionResult[] results)
    {
        var status = Has(results, ConditionStatus.Unmet) ? ConditionStatus.Unmet
            : Has(results, ConditionStatus.Unknown) ? ConditionStatus.Unknown
            : Has(results, ConditionStatus.Pending) ? ConditionStatus.Pending
            : ConditionStatus.Met;
        return new ConditionResult(status, string.Join("，", Explanations(results, status == ConditionStatus.Met ? null : status)));
    }

    /// <summary>"If <paramref name="when"/> then <paramref name="then"/>": met when <paramref name="when"/> is unmet.</summary>
    /// <param name="when">The case the requirement applies to, e.g. age under 35.</param>
    /// <param name="then">The requirement in that case.</param>
    /// <param name="description">The whole requirement in Chinese.</param>
    /// <returns>The combined condition.</returns>
    public static Condition Implies(Condition when, Condition then, string description)
    {
        var memo = new CombinationMemo();
        return new(description, when.Facts.Concat(then.Facts).Distinct().ToList(), (p, c) =>
        {
            var w = when.Evaluate(p, c);
            var room = new PartResults();
            Span<ConditionResult> parts = room;
            parts[0] = w;
            if (w.Status == ConditionStatus.Unmet) return memo.Get(parts[..1], static k => ConditionResult.Met(k[0].Explanation + "，不适用此项要求"));
            if (w.Status != ConditionStatus.Met) return w;
            parts[1] = then.Evaluate(p, c);
            return memo.Get(parts[..2], static k => k[1] with { Explanation = k[0].Explanation + "，" + k[1].Explanation });
        });
    }

    // Loops, not queries: the combinators run for every rule of every row of a roster check.
    private static bool Has(ConditionResult[] results, ConditionStatus status)
    {
        foreach (var r in results)
            if (r.Status == status) return true;
        return false;
    }

    // The explanations of the results with that status (all of them when null), in order.
    private static IEnumerable<string> Explanations(ConditionResult[] results, ConditionStatus? only)
    {
        foreach (var r in results)
            if (only is null || r.Status == only) yield return r.Explanation;
    }
}
