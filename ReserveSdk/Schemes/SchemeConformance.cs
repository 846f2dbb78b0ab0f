namespace ReserveSdk;

/// <summary>
/// 方案自检 — what every scheme must satisfy beyond compiling, checked on the definition alone: ids that can be
/// referred to, a citation on every rule and step, tracks and stages that exist, no dead ends, publication as the
/// first step, and no way into the pool that skips both eligibility and a notice period. Each problem is one
/// Chinese sentence naming the element. Plugin tests use it; the host runs the same check when it loads a plugin and in <c>reserve scheme verify</c>.
/// </summary>
/// <example><code>Assert.Empty(SchemeConformance.Problems(new MyScheme().Define()));</code></example>
public static class SchemeConformance
{
    /// <summary>Every error found, as sentences; empty when the scheme conforms (warnings are in <see cref="Check"/>).</summary>
    /// <param name="scheme">The definition to check.</param>
    /// <returns>The problems, in Chinese.</returns>
    public static IReadOnlyList<string> Problems(SchemeDefinition scheme) => Check(scheme).Where(f => f.IsError).Select(f => f.Message).ToList();

    /// <summary>
    /// Every finding, coded: duplicate ids (RV001), missing citations or descriptions (RV002), tracks no rule applies
    /// to (RV003, warning), rules or channels for unknown tracks (RV004), unreachable states (RV005), states with no
    /// way out (RV006), actions to or from unknown states (RV007), guards without a reason (RV008), guards reading a
    /// fact the host does not provide (RV009), a notice with no period (RV010), scoring that does not add up (RV011),
    /// publication missing or unguarded (RV012), rules that throw on a person with nothing recorded (RV016), steps
    /// waiting for a campaign stage that does not exist (RV017), and ways into the pool that skip eligibility or a
    /// notice period (RV018). Since SDK 1.5.
    /// </summary>
    /// <param name="scheme">The definition to check.</param>
    /// <returns>The findings, errors and warnings.</returns>
    public static IReadOnlyList<ConformanceFinding> Check(SchemeDefinition scheme)
    {
        var found = new List<ConformanceFinding>();
        void Error(string code, string message) => found.Add(new ConformanceFinding(code, true, message));
        void Warn(string code, string message) => found.Add(new ConformanceFinding(code, false, message));

        foreach (var (what, ids) in new (string, IEnumerable<string>)[]
        {
            ("资格规则", scheme.Rules.Select(r => r.Id)), ("数量结构规则", scheme.PoolRules.Select(r => r.Id)), ("推荐渠道", scheme.Channels.Select(c => c.Id)),
            ("后备类别", scheme.Tracks.Select(t => t.Id)), ("调整原因", scheme.Management.RemovalReasons.Select(r => r.Id)),
            ("计分项", scheme.Scoring?.Components.SelectMany(c => c.Parts.Prepend(c)).Select(c => c.Id) ?? []),
        })
        {
            foreach (var dup in ids.GroupBy(x => x).Where(g => g.Count() > 1)) Error("RV001", $"{what} id {dup.Key} 重复（重复的 id 无法单独放宽、认定或引用）");
        }

        foreach (var r in scheme.Rules.Where(r => string.IsNullOrWhiteSpace(r.Citation))) Error("RV002", $"资格规则 {r.Id} 没有引用条款");
        foreach (var r in scheme.Rules.Where(r => string.IsNullOrWhiteSpace(r.Description))) Error("RV002", $"资格规则 {r.Id} 没有说明（操作员看到的是说明）");
        foreach (var r in scheme.PoolRules.Where(r => string.IsNullOrWhiteSpace(r.Citation))) Error("RV002", $"数量结构规则 {r.Id} 没有引用条款");
        foreach (var c in scheme.Channels.Where(c => string.IsNullOrWhiteSpace(c.Citation))) Error("RV002", $"推荐渠道 {c.Id} 没有引用条款");

        var tracks = scheme.Tracks.Select(t => t.Id).ToHashSet();
        foreach (var t in scheme.Tracks.Where(t => !scheme.Rules.Any(r => r.AppliesTo(t.Id) && r.Kind != RuleKind.Preference)))
            Warn("RV003", $"后备类别 {t.Id}（{t.Name}）没有任何资格规则：任何人都符合");
        foreach (var r in scheme.Rules)
        {
            foreach (var t in r.Tracks.Where(t => !tracks.Contains(t))) Error("RV004", $"资格规则 {r.Id} 限于不存在的类别 {t}（该规则永远不会适用）");
        }

        foreach (var c in scheme.Channels)
        {
            foreach (var t in c.Tracks.Where(t => !tracks.Contains(t))) Error("RV004", $"推荐渠道 {c.Id} 限于不存在的类别 {t}");
        }

        // A campaign's guards are given the campaign's facts; a nominee's guards the nominee's and the campaign's.
        Workflow(found, "批次流程", scheme.CampaignWorkflow, KnownFacts.Where(kv => kv.Key.StartsWith("campaign.", StringComparison.Ordinal)).ToDictionary());
        Workflow(found, "人选流程", scheme.NomineeWorkflow, KnownFacts);

        var campaign = scheme.CampaignWorkflow;
        var publish = campaign.Actions.Where(a => a.Id == Conventions.Publish).ToList();
        if (publish.Count == 0) Error("RV012", $"批次流程没有“{Conventions.Publish}”操作：选拔前公开（第一篇 3.一）会被跳过");
        else if (publish.Any(a => a.From != campaign.Initial)) Error("RV012", $"批次流程的“{Conventions.Publish}”须从初始环节 {campaign.Initial} 出发");
        if (publish.Any(a => a.Guards.All(g => g.Fact != WorkflowFacts.PlanApproved)))
            Error("RV012", $"批次流程的“{Conventions.Publish}”没有 Guards.PlanApproved()：方案须经上级党委组织部门审核后执行（第一篇 4.二）");

        var stages = campaign.States.Select(st => st.Id).ToHashSet();
        foreach (var a in scheme.NomineeWorkflow.Actions)
        {
            foreach (var g in a.Guards.Where(g => g.Stage is { } st && !stages.Contains(st))) Error("RV017", $"人选操作 {a.Id}（自 {a.From}）等待的批次环节 {g.Stage} 不存在");
        }

        foreach (var message in PathsIntoThePool(scheme.NomineeWorkflow)) Error("RV018", message);
        Scoring(found, scheme.Scoring);
        Rules(found, scheme);
        return found;
    }

    /// <summary>
    /// A step that only direct entrants may take: one of its guards passes when the nominee came through a
    /// direct-entry channel and fails when not (so <see cref="Guards.NotDirectEntry"/> does not count).
    /// </summary>
    /// <param name="action">The step.</param>
    /// <returns>True for a direct-entry step.</returns>
    public static bool IsDirectEntry(WorkflowAction action) => action.Guards.Any(g =>
        g.Fact == WorkflowFacts.DirectEntry && g.Check(Probe("true")) && !g.Check(Probe("false")));

    private static GuardContext Probe(string directEntry) =>
        new(DateTimeOffset.UnixEpoch, new Dictionary<string, DateTimeOffset>(), new Dictionary<string, string> { [WorkflowFacts.DirectEntry] = directEntry });

    // Every fact the host gives a guard (WorkflowFacts), each with a value: a guard that still finds a key missing
    // reads a fact no host provides, and would throw on every campaign.
    private static readonly IReadOnlyDictionary<string, string> KnownFacts =
        typeof(WorkflowFacts).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!).ToDictionary(f => f, _ => "0");

    private static void Workflow(List<ConformanceFinding> found, string what, WorkflowDefinition wf, IReadOnlyDictionary<string, string> facts)
    {
        // Every step's time is a mark a guard may read (DaysSince, Done): all of them are given, so only facts are judged.
        var marks = wf.Actions.Select(a => a.Id).Distinct().ToDictionary(id => id, _ => DateTimeOffset.UnixEpoch);
        var states = wf.States.Select(st => st.Id).ToHashSet();
        foreach (var a in wf.Actions.Where(a => string.IsNullOrWhiteSpace(a.Citation)))
            found.Add(new("RV002", true, $"{what}的操作 {a.Id}（自 {a.From} 至 {a.To}）没有引用条款"));
        foreach (var a in wf.Actions)
        {
            if (!states.Contains(a.From)) found.Add(new("RV007", true, $"{what}的操作 {a.Id}（{a.Name}）的起点环节“{a.From}”未声明"));
            if (!states.Contains(a.To)) found.Add(new("RV007", true, $"{what}的操作 {a.Id}（{a.Name}）的终点环节“{a.To}”未声明"));
            foreach (var g in a.Guards.Where(g => string.IsNullOrWhiteSpace(g.Description)))
                found.Add(new("RV008", true, $"{what}的操作 {a.Id}（{a.Name}）有一个条件没有说明：不满足时操作员看不到原因"));
            foreach (var g in a.Guards.Where(g => g.Fact is { } f && !facts.ContainsKey(f)))
                found.Add(new("RV009", true, $"{what}的操作 {a.Id}（{a.Name}）的条件“{g.Description}”读取了宿主不为{what}提供的事实 {g.Fact}；可用的事实见 WorkflowFacts（campaign.* 给批次流程，人选流程两者都有）"));
            foreach (var g in a.Guards.Where(g => g.Fact is null || facts.ContainsKey(g.Fact)))
            {
                try
                {
                    _ = g.Check(new GuardContext(DateTimeOffset.UnixEpoch, marks, facts));
                }
                catch (KeyNotFoundException ex)
                {
                    found.Add(new("RV009", true, $"{what}的操作 {a.Id}（{a.Name}）的条件“{g.Description}”读取了宿主不为{what}提供的事实（{ex.Message}）；可用的事实见 WorkflowFacts（campaign.* 给批次流程，人选流程两者都有）"));
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    // Other failures come from the probe's placeholder values, not from the plugin.
                }
            }
        }

        var reached = new HashSet<string> { wf.Initial };
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var a in wf.Actions.Where(a => reached.Contains(a.From))) changed |= reached.Add(a.To);
        }

        foreach (var st in wf.States.Where(st => !reached.Contains(st.Id))) found.Add(new("RV005", true, $"{what}的环节 {st.Id}（{st.Name}）从起始环节 {wf.Initial} 无法到达"));
        foreach (var st in wf.States.Where(st => !st.IsFinal && wf.Actions.All(a => a.From != st.Id)))
            found.Add(new("RV006", true, $"{what}的环节 {st.Id}（{st.Name}）不是终点，却没有出口"));
        // 公示 is a period: whatever leaves the notice state waits for it, except what ends the path early (取消资格, 退出, 取消).
        string[] early = [Conventions.Disqualify, "withdraw", "cancel"];
        foreach (var a in wf.Actions.Where(a => a.From == Conventions.Notice && !early.Contains(a.Id) && a.Guards.All(g => g.PeriodDays is not > 0)))
            found.Add(new("RV010", true, $"{what}的操作 {a.Id}（{a.Name}）离开公示环节“{Conventions.Notice}”却没有公示期（Guards.DaysSince / NomineeNotice）"));
    }

    private static void Scoring(List<ConformanceFinding> found, ScoringModel? scoring)
    {
        if (scoring is null) return;
        foreach (var c in scoring.Components.Where(c => c.Parts.Count > 0 && c.Parts.Sum(p => p.MaxPoints) != c.MaxPoints))
            found.Add(new("RV011", true, $"计分项 {c.Id}（{c.Name}）满分 {c.MaxPoints}，其分项合计 {c.Parts.Sum(p => p.MaxPoints)}，不相符"));
        var ids = scoring.Components.SelectMany(c => c.Parts.Prepend(c)).Select(c => c.Id).ToHashSet();
        // Ranking compares top-level components only: a part named as a tie-break would silently count as 0.
        var top = scoring.Components.Select(c => c.Id).ToHashSet();
        foreach (var t in scoring.TieBreaks.Where(t => !top.Contains(t)))
            found.Add(new("RV011", true, ids.Contains(t) ? $"同分比较项 {t} 是分项，排名只比较计分项（其上一级）" : $"同分比较项 {t} 不是计分项"));
    }

    // A rule runs on every roster row, and rows have empty cells: one that throws on a person with nothing recorded
    // would be 方案插件出错 for every such person.
    private static void Rules(List<ConformanceFinding> found, SchemeDefinition scheme)
    {
        var nobody = new Person { Name = "" };
        // A far day: a dated parameter (Parameter.Dated) has a value on it whatever its first date, so only missing facts can throw.
        var context = new EvaluationContext(new DateOnly(9000, 1, 1));
        foreach (var r in scheme.Rules)
        {
            try
            {
                _ = r.KindIn(context, nobody);
                _ = r.Condition.Evaluate(nobody, context with { CurrentRuleId = r.Id });
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                found.Add(new("RV016", true, $"资格规则 {r.Id} 对信息为空的人员运行时抛出 {ex.GetType().Name}（{ex.Message}）：缺少的信息应判为“缺信息”，而不是出错"));
            }
        }
    }

    /// <summary>
    /// Every simple path from the nominee's first state into <see cref="Conventions.Admitted"/> passes a guard on
    /// eligibility and a notice period, unless it is direct entry (the seed's own decision, guarded by
    /// <see cref="WorkflowFacts.DirectEntry"/>).
    /// </summary>
    private static IEnumerable<string> PathsIntoThePool(WorkflowDefinition wf)
    {
        var found = new List<string>();
        void Walk(string state, List<WorkflowAction> path, HashSet<string> seen)
        {
            if (state == Conventions.Admitted)
            {
                var guards = path.SelectMany(a => a.Guards).ToList();
                if (path.Count == 1 && IsDirectEntry(path[0])) return;
                var route = string.Join(" → ", path.Select(a => a.Id));
                if (!guards.Any(g => g.Fact == WorkflowFacts.Eligible)) found.Add($"人选流程的入库路径 {route} 没有经过资格审查（Guards.NomineeEligible）");
                if (!guards.Any(g => g.PeriodDays is > 0)) found.Add($"人选流程的入库路径 {route} 没有公示期（Guards.DaysSince / NomineeNotice）");
                return;
            }

            foreach (var a in wf.Actions.Where(a => a.From == state && !seen.Contains(a.To)))
            {
                seen.Add(a.To);
                path.Add(a);
                Walk(a.To, path, seen);
                path.RemoveAt(path.Count - 1);
                seen.Remove(a.To);
            }
        }

        Walk(wf.Initial, [], [wf.Initial]);
        return found.Distinct();
    }
}
