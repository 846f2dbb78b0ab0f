namespace ReserveSdk;

/// <summary>Evaluates a scheme's eligibility rules for one person on one track. Pure: no I/O, no clock.</summary>
/// <example>
/// <code>
/// var report = Eligibility.Evaluate(scheme, "deputy-division", person, new EvaluationContext(new DateOnly(2026, 6, 30)));
/// Console.WriteLine(Verdicts.Code(report.Verdict));
/// </code>
/// </example>
public static class Eligibility
{
    /// <summary>Evaluates every rule that applies to the track and derives the verdict.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="trackId">The track id (see <see cref="SchemeDefinition.FindTrack"/> to accept Chinese names).</param>
    /// <param name="person">The person's facts.</param>
    /// <param name="context">Reference date, unit kind, attestations and relaxations.</param>
    /// <returns>Every rule's outcome and the verdict.</returns>
    /// <exception cref="ArgumentException">The scheme has no such track.</exception>
    public static EligibilityReport Evaluate(SchemeDefinition scheme, string trackId, Person person, EvaluationContext context)
    {
        var track = Track(scheme, trackId);
        var results = new RuleResult[track.Rules.Length];
        var verdict = Evaluate(scheme, track, person, context, results);
        return new EligibilityReport(scheme.Manifest.Id, scheme.Manifest.Version, trackId, context.ReferenceDate, verdict, results);
    }

    /// <summary>
    /// Evaluates every rule that applies to the track into <paramref name="results"/>: what
    /// <see cref="Evaluate(SchemeDefinition, string, Person, EvaluationContext)"/> reports, in the same order, without a
    /// report object for each person — for a caller judging many (a roster of 100,000).
    /// </summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="trackId">The track id.</param>
    /// <param name="person">The person's facts.</param>
    /// <param name="context">Reference date, unit kind, attestations and relaxations.</param>
    /// <param name="results">Room for <see cref="RuleCount"/> results.</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="ArgumentException">The scheme has no such track, or <paramref name="results"/> has the wrong length.</exception>
    public static Verdict Evaluate(SchemeDefinition scheme, string trackId, Person person, EvaluationContext context, Span<RuleResult> results)
    {
        var track = Track(scheme, trackId);
        if (results.Length != track.Rules.Length)
            throw new ArgumentException($"Track {trackId} has {track.Rules.Length} rules; room was given for {results.Length}.", nameof(results));
        return Evaluate(scheme, track, person, context, results);
    }

    // The track looked up once per person, by either public call.
    private static Verdict Evaluate(SchemeDefinition scheme, TrackRules track, Person person, EvaluationContext context, Span<RuleResult> results)
    {
        // Loops, not queries: a roster check evaluates this for every row of the file.
        for (var i = 0; i < results.Length; i++) results[i] = Contained(scheme.Manifest.Id, track.Rules[i], track.Memos[i], person, context);
        return Verdicts.From(results);
    }

    /// <summary>How many rules apply to the track: the results every evaluation on it gives.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="trackId">The track id.</param>
    /// <returns>The number of rules.</returns>
    /// <exception cref="ArgumentException">The scheme has no such track.</exception>
    public static int RuleCount(SchemeDefinition scheme, string trackId) => Track(scheme, trackId).Rules.Length;

    private static TrackRules Track(SchemeDefinition scheme, string trackId) =>
        TrackRules.Of(scheme, trackId) ?? throw new ArgumentException($"Scheme {scheme.Manifest.Id} has no track {trackId}.", nameof(trackId));

    /// <summary>Evaluates one rule. A rule that throws is <see cref="RuleOutcome.Fault"/>, naming the error; the others still evaluate.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="person">The person's facts.</param>
    /// <param name="context">The context.</param>
    /// <returns>The rule's result.</returns>
    public static RuleResult Evaluate(EligibilityRule rule, Person person, EvaluationContext context) => Contained(null, rule, RuleMemo.Of(rule), person, context);

    // A plugin's rule is the plugin author's code: its exception is that rule's outcome, never the host's crash.
    private static RuleResult Contained(string? schemeId, EligibilityRule rule, RuleMemo memo, Person person, EvaluationContext context)
    {
        try
        {
            return Unguarded(rule, memo, person, context);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var where = schemeId is null ? $"规则 {rule.Id}" : $"方案插件 {schemeId} 的规则 {rule.Id}";
            return new RuleResult(rule.Id, rule.Kind, RuleOutcome.Fault, rule.Description, rule.Citation,
                $"方案插件出错：{where} 运行时抛出 {ex.GetType().Name}（{ex.Message}），本条未能判断；请告知方案插件的维护者", rule.Condition.Facts);
        }
    }

    private static RuleResult Unguarded(EligibilityRule rule, RuleMemo memo, Person person, EvaluationContext context)
    {
        var kind = rule.KindIn(context, person);
        var found = rule.Condition.Evaluate(person, memo.Context(rule, context));
        var outcome = found.Status switch
        {
            _ when kind == RuleKind.Preference => RuleOutcome.Info,
            ConditionStatus.Met => RuleOutcome.Pass,
            ConditionStatus.Unknown => RuleOutcome.Unknown,
            ConditionStatus.Pending => RuleOutcome.Pending,
            _ when kind == RuleKind.Relaxable && context.Relaxed.Contains(rule.Id) => RuleOutcome.Relaxed,
            _ => RuleOutcome.Fail,
        };
        return memo.Result(found, kind, outcome, rule, static (k, rule) =>
        {
            var explanation = k.Found.Explanation;
            if (k.Outcome == RuleOutcome.Relaxed) explanation += "（已按规定放宽）";
            else if (k.Outcome == RuleOutcome.Fail && k.Kind == RuleKind.Relaxable && rule.Kind == RuleKind.Hard && rule.RelaxableWhenText is { } why)
                explanation += $"（{why}）";
            return new RuleResult(rule.Id, k.Kind, k.Outcome, rule.Description, rule.Citation, explanation, rule.Condition.Facts);
        });
    }
}
