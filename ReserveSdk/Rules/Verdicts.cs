namespace ReserveSdk;

/// <summary>Codes and words for <see cref="Verdict"/> and <see cref="RuleOutcome"/>, and the verdict calculation.</summary>
public static class Verdicts
{
    /// <summary>The JSON code: eligible, eligible-with-relaxation, pending-attestation, needs-relaxation, incomplete, ineligible.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <returns>The code.</returns>
    public static string Code(Verdict verdict) => verdict switch
    {
        Verdict.Eligible => "eligible",
        Verdict.EligibleWithRelaxation => "eligible-with-relaxation",
        Verdict.PendingAttestation => "pending-attestation",
        Verdict.NeedsRelaxation => "needs-relaxation",
        Verdict.Incomplete => "incomplete",
        _ => "ineligible",
    };

    /// <summary>The Chinese word for a verdict.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <returns>e.g. 不符合.</returns>
    public static string Chinese(Verdict verdict) => verdict switch
    {
        Verdict.Eligible => "符合条件",
        Verdict.EligibleWithRelaxation => "放宽后符合",
        Verdict.PendingAttestation => "待认定",
        Verdict.NeedsRelaxation => "需放宽",
        Verdict.Incomplete => "信息不全",
        _ => "不符合",
    };

    /// <summary>The JSON code of an outcome: pass, fail, unknown, pending, info, relaxed, fault.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The code.</returns>
    public static string Code(RuleOutcome outcome) => outcome.ToString().ToLowerInvariant();

    /// <summary>The Chinese word for an outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>e.g. 不通过.</returns>
    public static string Chinese(RuleOutcome outcome) => outcome switch
    {
        RuleOutcome.Pass => "通过",
        RuleOutcome.Fail => "不通过",
        RuleOutcome.Unknown => "缺信息",
        RuleOutcome.Pending => "待认定",
        RuleOutcome.Relaxed => "已放宽",
        RuleOutcome.Fault => "方案插件出错",
        _ => "参考",
    };

    /// <summary>The Chinese word for a rule kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>e.g. 刚性.</returns>
    public static string Chinese(RuleKind kind) => kind switch
    {
        RuleKind.Hard => "刚性",
        RuleKind.Relaxable => "可放宽",
        RuleKind.Attested => "需认定",
        _ => "优先",
    };

    /// <summary>Parses a verdict code (as <see cref="Code(Verdict)"/> writes it).</summary>
    /// <param name="code">The code.</param>
    /// <param name="verdict">The verdict.</param>
    /// <returns>Whether the code is known.</returns>
    public static bool TryParse(string code, out Verdict verdict)
    {
        foreach (var v in Enum.GetValues<Verdict>())
        {
            if (Code(v) == code.Trim()) { verdict = v; return true; }
        }

        verdict = default;
        return false;
    }

    /// <summary>The verdict from rule outcomes, by the precedence FORMATS.md fixes.</summary>
    /// <param name="results">Every rule's result.</param>
    /// <returns>The verdict.</returns>
    public static Verdict From(IReadOnlyCollection<RuleResult> results)
    {
        var seen = default(Seen);
        foreach (var r in results) seen.Add(r);
        return seen.Verdict;
    }

    /// <summary>The verdict from rule outcomes, by the precedence FORMATS.md fixes.</summary>
    /// <param name="results">Every rule's result.</param>
    /// <returns>The verdict.</returns>
    public static Verdict From(ReadOnlySpan<RuleResult> results)
    {
        var seen = default(Seen);
        foreach (var r in results) seen.Add(r);
        return seen.Verdict;
    }

    // One pass, not a query per case: a roster check derives a verdict for every row.
    private struct Seen
    {
        private bool _failHard, _incomplete, _failRelaxable, _pending, _relaxed;

        public void Add(RuleResult r)
        {
            switch (r.Outcome)
            {
                case RuleOutcome.Fail when r.Kind == RuleKind.Hard: _failHard = true; break;
                // A rule that could not be evaluated decides nothing: never eligible on a plugin's error.
                case RuleOutcome.Fault when r.Kind is RuleKind.Hard or RuleKind.Relaxable or RuleKind.Attested: _incomplete = true; break;
                case RuleOutcome.Unknown when r.Kind is RuleKind.Hard or RuleKind.Relaxable: _incomplete = true; break;
                case RuleOutcome.Fail when r.Kind == RuleKind.Relaxable: _failRelaxable = true; break;
                case RuleOutcome.Pending: _pending = true; break;
                case RuleOutcome.Relaxed: _relaxed = true; break;
            }
        }

        public readonly Verdict Verdict => _failHard ? Verdict.Ineligible
            : _incomplete ? Verdict.Incomplete
            : _failRelaxable ? Verdict.NeedsRelaxation
            : _pending ? Verdict.PendingAttestation
            : _relaxed ? Verdict.EligibleWithRelaxation
            : Verdict.Eligible;
    }
}
