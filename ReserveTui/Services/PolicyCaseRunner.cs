using ReserveSdk;
using ReserveTui.Import;
using ReserveTui.Plugins;

namespace ReserveTui.Services;

/// <summary>
/// Runs a scheme's policy test cases (the YAML files in its plugin's cases/ folder): each person is read with the
/// roster's own parser, evaluated on the case's date and track, and compared with the expected verdict and,
/// where given, the exact set of rules that fail or lack a fact.
/// </summary>
internal static class PolicyCaseRunner
{
    public static IReadOnlyList<PolicyCaseResult> Run(LoadedScheme scheme) =>
        Run(scheme.Definition, Path.Combine(scheme.Folder, "cases"));

    public static IReadOnlyList<PolicyCaseResult> Run(SchemeDefinition scheme, string folder)
    {
        var results = new List<PolicyCaseResult>();
        if (!Directory.Exists(folder)) return results;
        foreach (var file in Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var (cases, problems) = PolicyCaseFile.Read(file);
            results.AddRange(problems.Select(p => new PolicyCaseResult(Path.GetFileName(file), 0, "（无法读取）", false, p)));
            results.AddRange(cases.Select(c => RunOne(scheme, c)));
        }

        return results;
    }

    private static PolicyCaseResult RunOne(SchemeDefinition scheme, PolicyCase c)
    {
        PolicyCaseResult Fail(string why) => new(c.File, c.Line, c.Name, false, why);
        var track = scheme.FindTrack(c.Track);
        if (track is null) return Fail($"方案中没有“{c.Track}”这一类别");
        if (!Verdicts.TryParse(c.Expect, out var expected)) return Fail($"expect 的值“{c.Expect}”无法识别（eligible、ineligible、incomplete、needs-relaxation、pending-attestation、eligible-with-relaxation）");
        var unknownRules = c.Attested.Concat(c.Relaxed).Concat(c.Failing ?? []).Where(id => scheme.Rules.All(r => r.Id != id)).ToList();
        if (unknownRules.Count > 0) return Fail($"方案中没有这些规则：{string.Join("、", unknownRules)}");
        var (person, errors) = PersonFields.Parse(c.Line, c.Person);
        if (person is null) return Fail("人员信息有误：" + string.Join("；", errors.Select(e => $"{e.Column}: {e.Reason}")));

        var context = new EvaluationContext(c.On) { UnitKind = c.UnitKind, Attested = c.Attested.ToHashSet(), Relaxed = c.Relaxed.ToHashSet() };
        var report = Eligibility.Evaluate(scheme, track.Id, person, context);
        var failing = report.Rules.Where(r => r.Outcome is RuleOutcome.Fail or RuleOutcome.Unknown).Select(r => r.RuleId).Order(StringComparer.Ordinal).ToList();
        var problems = new List<string>();
        if (report.Verdict != expected) problems.Add($"预期 {Verdicts.Code(expected)}，实际 {Verdicts.Code(report.Verdict)}");
        if (c.Failing is { } want && !want.Order(StringComparer.Ordinal).SequenceEqual(failing))
            problems.Add($"预期不满足的规则 [{string.Join(", ", want)}]，实际 [{string.Join(", ", failing)}]");
        if (problems.Count == 0) return new(c.File, c.Line, c.Name, true, Verdicts.Code(report.Verdict));
        var why = report.Rules.Where(r => r.Outcome is RuleOutcome.Fail or RuleOutcome.Unknown).Select(r => $"{r.RuleId}: {r.Explanation}");
        return Fail(string.Join("；", problems) + (failing.Count > 0 ? "。" + string.Join("；", why) : ""));
    }
}
