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
            results.AddRange(cases.Select(c => Contained(scheme, c)));
        }

        return results;
    }

    /// <summary>The two outcomes of a case that names a channel, beside the verdicts: the channel enters the person directly, or refuses.</summary>
    private const string EntersDirectly = "enters-directly";

    private const string Refused = "refused";

    // A guard or pool rule of the plugin that throws fails that case, named; the other cases still run.
    private static PolicyCaseResult Contained(SchemeDefinition scheme, PolicyCase c)
    {
        try
        {
            return RunOne(scheme, c);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not Hosting.ReserveException)
        {
            return new PolicyCaseResult(c.File, c.Line, c.Name, false, $"方案插件出错：方案插件 {scheme.Manifest.Id} 运行本用例时抛出 {ex.GetType().Name}（{ex.Message}）");
        }
    }

    private static PolicyCaseResult RunOne(SchemeDefinition scheme, PolicyCase c)
    {
        if (c.IsPool) return RunPool(scheme, c);
        PolicyCaseResult Fail(string why) => new(c.File, c.Line, c.Name, false, why);
        var track = scheme.FindTrack(c.Track);
        if (track is null) return Fail($"方案中没有“{c.Track}”这一类别");
        if (c.Channel is { } channelRef)
        {
            var channel = scheme.FindChannel(channelRef);
            if (channel is null) return Fail($"方案中没有“{channelRef}”这一渠道");
            string outcome, detail;
            try
            {
                NominationChannels.Check(scheme, track, channel, c.CompetedRank);
                (outcome, detail) = channel.DirectEntry ? DirectEntry(scheme, track, c) : ("", "");
            }
            catch (Hosting.ReserveException ex)
            {
                (outcome, detail) = (Refused, ex.Message);
            }

            if (c.Expect is EntersDirectly or Refused || outcome.Length > 0)
            {
                return outcome == c.Expect
                    ? new(c.File, c.Line, c.Name, true, outcome)
                    : Fail($"预期 {c.Expect}，实际 {(outcome.Length > 0 ? outcome : "按资格条件审查")}" + (detail.Length > 0 ? "：" + detail : ""));
            }
        }

        if (!Verdicts.TryParse(c.Expect, out var expected)) return Fail($"expect 的值“{c.Expect}”无法识别（eligible、ineligible、incomplete、needs-relaxation、pending-attestation、eligible-with-relaxation；给出 channel 时还有 enters-directly、refused）");
        var unknownRules = c.Attested.Concat(c.Relaxed).Concat(c.Failing ?? []).Where(id => scheme.Rules.All(r => r.Id != id)).ToList();
        if (unknownRules.Count > 0) return Fail($"方案中没有这些规则：{string.Join("、", unknownRules)}");
        var (person, errors) = PersonFields.Parse(c.Line, c.Person);
        if (person is null) return Fail("人员信息有误：" + string.Join("；", errors.Select(e => $"{e.Column}: {e.Reason}")));

        var context = new EvaluationContext(c.On) { UnitKind = c.UnitKind, Attested = c.Attested.ToHashSet(), Relaxed = c.Relaxed.ToHashSet() };
        var report = Eligibility.Evaluate(scheme, track.Id, person, context);
        var failing = report.Rules.Where(r => r.Outcome is RuleOutcome.Fail or RuleOutcome.Unknown or RuleOutcome.Fault).Select(r => r.RuleId).Order(StringComparer.Ordinal).ToList();
        var problems = new List<string>();
        if (report.Verdict != expected) problems.Add($"预期 {Verdicts.Code(expected)}，实际 {Verdicts.Code(report.Verdict)}");
        if (c.Failing is { } want && !want.Order(StringComparer.Ordinal).SequenceEqual(failing))
            problems.Add($"预期不满足的规则 [{string.Join(", ", want)}]，实际 [{string.Join(", ", failing)}]");
        if (problems.Count == 0) return new(c.File, c.Line, c.Name, true, Verdicts.Code(report.Verdict));
        var why = report.Rules.Where(r => r.Outcome is RuleOutcome.Fail or RuleOutcome.Unknown or RuleOutcome.Fault).Select(r => $"{r.RuleId}: {r.Explanation}");
        return Fail(string.Join("；", problems) + (failing.Count > 0 ? "。" + string.Join("；", why) : ""));
    }

    /// <summary>
    /// A direct entrant passed by their channel: the scheme's own direct-entry step (the nominee action from the
    /// initial state that reads <see cref="WorkflowFacts.DirectEntry"/>) decides, with the person's verdict among its
    /// facts — so a step that still asks for eligibility refuses, as it would in a campaign.
    /// </summary>
    private static (string Outcome, string Detail) DirectEntry(SchemeDefinition scheme, Track track, PolicyCase c)
    {
        var flow = scheme.NomineeWorkflow;
        var step = flow.Actions.FirstOrDefault(a => a.From == flow.Initial && a.To == Conventions.Admitted && SchemeConformance.IsDirectEntry(a));
        if (step is null) return (Refused, "方案的人选流程没有直接列为后备的步骤");
        var (person, errors) = PersonFields.Parse(c.Line, c.Person);
        if (person is null) return (Refused, "人员信息有误：" + string.Join("；", errors.Select(e => $"{e.Column}: {e.Reason}")));
        var report = Eligibility.Evaluate(scheme, track.Id, person, new EvaluationContext(c.On) { UnitKind = c.UnitKind, Attested = c.Attested.ToHashSet(), Relaxed = c.Relaxed.ToHashSet() });
        var facts = new Dictionary<string, string>
        {
            [WorkflowFacts.DirectEntry] = "true",
            [WorkflowFacts.Verdict] = Verdicts.Code(report.Verdict),
            [WorkflowFacts.Eligible] = report.Verdict is Verdict.Eligible or Verdict.EligibleWithRelaxation ? "true" : "false",
            [WorkflowFacts.TrackId] = track.Id,
            [WorkflowFacts.ChannelId] = c.Channel ?? "",
        };
        var context = new GuardContext(c.On.ToDateTime(TimeOnly.MinValue), new Dictionary<string, DateTimeOffset>(), facts);
        var unmet = step.Guards.Where(g => !g.Check(context)).Select(g => g.ReasonIn(context)).ToList();
        return unmet.Count == 0 ? (EntersDirectly, $"{step.Name}，不经该类别的资格条件") : (Refused, string.Join("；", unmet));
    }

    /// <summary>A pool case: the scheme's quantity and structure rules over the given units and reserves, each named rule's status compared.</summary>
    private static PolicyCaseResult RunPool(SchemeDefinition scheme, PolicyCase c)
    {
        PolicyCaseResult Fail(string why) => new(c.File, c.Line, c.Name, false, why);
        var units = new List<UnitFacts>();
        foreach (var u in c.Units)
        {
            string? Get(params string[] keys) => keys.Select(k => u.GetValueOrDefault(k)).FirstOrDefault(v => v is not null);
            int Posts(params string[] keys) => int.TryParse(Get(keys), out var n) && n >= 0 ? n : -1;
            var (principal, deputy) = (Posts("正职", "principal"), Posts("副职", "deputy"));
            if (principal < 0 || deputy < 0) return Fail($"单位“{Get("名称", "name")}”的正职、副职应为非负整数");
            units.Add(new UnitFacts(Get("名称", "name") ?? "", Get("类型", "kind") ?? "", principal, deputy));
        }

        var members = new List<PoolMember>();
        foreach (var r in c.Reserves)
        {
            var trackRef = r.FirstOrDefault(kv => kv.Key is "类别" or "track").Value;
            if (trackRef is null || scheme.FindTrack(trackRef) is not { } track) return Fail($"后备干部的类别“{trackRef}”不是本方案的类别");
            var facts = r.Where(kv => kv.Key is not ("类别" or "track")).ToList();
            if (!facts.Any(kv => kv.Key is "姓名" or "name")) facts.Insert(0, new("姓名", "用例"));
            var (person, errors) = PersonFields.Parse(c.Line, facts);
            if (person is null) return Fail("后备干部信息有误：" + string.Join("；", errors.Select(e => $"{e.Column}: {e.Reason}")));
            members.Add(new PoolMember(person, track.Id, track.Level));
        }

        var context = new PoolContext(c.On, units, members);
        var problems = new List<string>();
        var shown = new List<string>();
        foreach (var (ruleId, want) in c.ExpectPool)
        {
            if (scheme.PoolRules.FirstOrDefault(r => r.Id == ruleId) is not { } rule)
            {
                problems.Add($"方案中没有数量结构规则 {ruleId}");
                continue;
            }

            var finding = rule.Check(context);
            var actual = finding.Status.ToString().ToLowerInvariant();
            shown.Add($"{ruleId}: {actual}");
            if (!string.Equals(want.Trim(), actual, StringComparison.OrdinalIgnoreCase))
                problems.Add($"{ruleId} 预期 {want}，实际 {actual}（{finding.Explanation}）");
        }

        return problems.Count == 0 ? new(c.File, c.Line, c.Name, true, string.Join("；", shown)) : Fail(string.Join("；", problems));
    }
}
