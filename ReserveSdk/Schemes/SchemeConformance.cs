namespace ReserveSdk;

/// <summary>
/// 方案自检 — what every scheme must satisfy beyond compiling, checked on the definition alone: ids that can be
/// referred to, a citation on every rule and step, tracks and stages that exist, no dead ends, publication as the
/// first step, and no way into the pool that skips both eligibility and a notice period. Each problem is one
/// Chinese sentence naming the element. Plugin tests use it; the plugin verifier (issue 14) is meant to run the same check.
/// </summary>
/// <example><code>Assert.Empty(SchemeConformance.Problems(new MyScheme().Define()));</code></example>
public static class SchemeConformance
{
    /// <summary>Every problem found; empty when the scheme conforms.</summary>
    /// <param name="scheme">The definition to check.</param>
    /// <returns>The problems, in Chinese.</returns>
    public static IReadOnlyList<string> Problems(SchemeDefinition scheme)
    {
        var problems = new List<string>();
        Unique(problems, "资格规则", scheme.Rules.Select(r => r.Id));
        Unique(problems, "数量结构规则", scheme.PoolRules.Select(r => r.Id));
        Unique(problems, "推荐渠道", scheme.Channels.Select(c => c.Id));
        Unique(problems, "后备类别", scheme.Tracks.Select(t => t.Id));
        Unique(problems, "调整原因", scheme.Management.RemovalReasons.Select(r => r.Id));

        problems.AddRange(scheme.Rules.Where(r => string.IsNullOrWhiteSpace(r.Citation)).Select(r => $"资格规则 {r.Id} 没有引用条款"));
        problems.AddRange(scheme.PoolRules.Where(r => string.IsNullOrWhiteSpace(r.Citation)).Select(r => $"数量结构规则 {r.Id} 没有引用条款"));
        problems.AddRange(scheme.Channels.Where(c => string.IsNullOrWhiteSpace(c.Citation)).Select(c => $"推荐渠道 {c.Id} 没有引用条款"));

        var tracks = scheme.Tracks.Select(t => t.Id).ToHashSet();
        foreach (var r in scheme.Rules)
            problems.AddRange(r.Tracks.Where(t => !tracks.Contains(t)).Select(t => $"资格规则 {r.Id} 限于不存在的类别 {t}（该规则永远不会适用）"));
        foreach (var c in scheme.Channels)
            problems.AddRange(c.Tracks.Where(t => !tracks.Contains(t)).Select(t => $"推荐渠道 {c.Id} 限于不存在的类别 {t}"));

        Workflow(problems, "批次流程", scheme.CampaignWorkflow);
        Workflow(problems, "人选流程", scheme.NomineeWorkflow);

        var campaign = scheme.CampaignWorkflow;
        var publish = campaign.Actions.Where(a => a.Id == Conventions.Publish).ToList();
        if (publish.Count == 0) problems.Add($"批次流程没有“{Conventions.Publish}”操作：选拔前公开（第一篇 3.一）会被跳过");
        else if (publish.Any(a => a.From != campaign.Initial)) problems.Add($"批次流程的“{Conventions.Publish}”须从初始环节 {campaign.Initial} 出发");
        if (publish.Any(a => a.Guards.All(g => g.Fact != WorkflowFacts.PlanApproved)))
            problems.Add($"批次流程的“{Conventions.Publish}”没有 Guards.PlanApproved()：方案须经上级党委组织部门审核后执行（第一篇 4.二）");

        var stages = campaign.States.Select(s => s.Id).ToHashSet();
        foreach (var a in scheme.NomineeWorkflow.Actions)
            problems.AddRange(a.Guards.Where(g => g.Stage is { } st && !stages.Contains(st)).Select(g => $"人选操作 {a.Id}（自 {a.From}）等待的批次环节 {g.Stage} 不存在"));

        problems.AddRange(PathsIntoThePool(scheme.NomineeWorkflow));
        return problems;
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

    private static void Unique(List<string> problems, string what, IEnumerable<string> ids) =>
        problems.AddRange(ids.GroupBy(x => x).Where(g => g.Count() > 1).Select(g => $"{what} id {g.Key} 重复（重复的 id 无法单独放宽、认定或引用）"));

    private static void Workflow(List<string> problems, string what, WorkflowDefinition wf)
    {
        problems.AddRange(wf.Actions.Where(a => string.IsNullOrWhiteSpace(a.Citation)).Select(a => $"{what}的操作 {a.Id}（自 {a.From} 至 {a.To}）没有引用条款"));
        problems.AddRange(wf.States.Where(s => !s.IsFinal && wf.Actions.All(a => a.From != s.Id)).Select(s => $"{what}的环节 {s.Id}（{s.Name}）不是终点，却没有出口"));
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
