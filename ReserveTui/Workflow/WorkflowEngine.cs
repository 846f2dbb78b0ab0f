using ReserveSdk;
using Stateless;

namespace ReserveTui.Workflow;

/// <summary>
/// Runs a plugin's <see cref="WorkflowDefinition"/> on Stateless. The state lives outside the machine (the
/// caller's record); a machine is built per call around it, so nothing is shared between operators and the
/// machine's lack of thread safety does not matter. Firing only computes the next state: the caller persists it
/// after this returns (PITFALLS: Stateless's mutator runs before entry actions, so it must touch memory only).
/// </summary>
/// <param name="plugin">The scheme the workflow comes from, named when one of its guards throws.</param>
internal sealed class WorkflowEngine(WorkflowDefinition definition, string? plugin = null)
{
    public WorkflowDefinition Definition { get; } = definition;

    /// <summary>Every action leaving <paramref name="state"/>, permitted or held back with reasons.</summary>
    public IReadOnlyList<ActionAvailability> Actions(string state, GuardContext context)
    {
        var machine = Build(state, context, out _);
        return Definition.Actions.Where(a => a.From == state).Select(a =>
        {
            var ok = machine.CanFire(a.Id, out var unmet);
            return new ActionAvailability(a.Id, a.Name, a.To, ok, ok ? [] : unmet.ToList())
            {
                Final = Definition.State(a.To).IsFinal, NoteRequired = a.NoteRequired,
                Period = a.Guards.Select(g => Period(g, context)).FirstOrDefault(p => p is not null),
            };
        }).ToList();
    }

    /// <summary>Tries an action by id or Chinese name from <paramref name="state"/>.</summary>
    public TransitionResult Fire(string state, string actionIdOrName, GuardContext context)
    {
        var candidates = Definition.FindActions(actionIdOrName);
        if (candidates.Count == 0)
            return TransitionResult.Refused(state, null, $"流程中没有“{actionIdOrName}”这一操作");
        var action = candidates.FirstOrDefault(a => a.From == state);
        if (action is null)
            return TransitionResult.Refused(state, candidates[0].Id, $"当前环节“{StateName(state)}”不能执行“{candidates[0].Name}”");
        var machine = Build(state, context, out var current);
        if (!machine.CanFire(action.Id, out var unmet))
            return TransitionResult.Refused(state, action.Id, [.. unmet]);
        machine.Fire(action.Id);
        return new TransitionResult(true, current(), action.Id, []);
    }

    // A guard is the plugin author's code: one that throws holds its action back with a sentence naming the plugin,
    // the action and the guard — the action is not taken, the other actions are still offered, nothing crashes.
    // Checked once per build (guards are pure), so the reason shown is the fault's, not the guard's own text.
    private (bool Holds, string Reason) Checked(WorkflowAction action, Guard guard, GuardContext context)
    {
        try
        {
            if (guard.Check(context)) return (true, guard.Description);
            // A time guard says when: the dates of the period and the day the action becomes possible.
            var reason = guard.ReasonIn(context);
            return (false, Period(guard, context) is { } p ? $"{reason}（{p.Text(action.Name, DateOnly.FromDateTime(context.Now.Date))}）" : reason);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return (false, $"方案插件出错：{(plugin is null ? "" : $"方案插件 {plugin} 的")}操作“{action.Name}”的条件“{guard.Description}”运行时抛出 {ex.GetType().Name}（{ex.Message}），操作未执行；请告知方案插件的维护者");
        }
    }

    /// <summary>The period of a time guard whose mark has been made, in the marks' (the operator's) calendar.</summary>
    public GuardPeriod? Period(Guard guard, GuardContext context)
    {
        if (guard is not { PeriodDays: { } days, PeriodSince: { } mark } || !context.Marks.TryGetValue(mark, out var at)) return null;
        var label = mark is Conventions.Publicize or Conventions.OpenNotice ? "公示" : $"自“{Definition.Actions.FirstOrDefault(a => a.Id == mark)?.Name ?? mark}”起";
        return GuardPeriod.Of(label, DateOnly.FromDateTime(at.Date), days);
    }

    /// <summary>
    /// Whether the workflow, now in <paramref name="current"/>, is past <paramref name="state"/> for good: not in it and
    /// unable to reach it again by any action. A nominee's step that belongs to such a stage is no longer offered.
    /// </summary>
    public bool IsPast(string current, string state) => current != state && !Reaches(Definition.Actions, current, state);

    /// <summary>Whether <paramref name="to"/> can be reached from <paramref name="from"/> by <paramref name="actions"/> (a state reaches itself).</summary>
    public static bool Reaches(IEnumerable<WorkflowAction> actions, string from, string to)
    {
        var steps = actions.ToList();
        var seen = new HashSet<string> { from };
        var next = new Queue<string>([from]);
        while (next.TryDequeue(out var at))
        {
            if (at == to) return true;
            foreach (var a in steps.Where(a => a.From == at && seen.Add(a.To))) next.Enqueue(a.To);
        }

        return false;
    }

    public string StateName(string state) => Definition.States.FirstOrDefault(s => s.Id == state)?.Name ?? state;

    private StateMachine<string, string> Build(string state, GuardContext context, out Func<string> current)
    {
        var value = state;
        current = () => value;
        var machine = new StateMachine<string, string>(() => value, s => value = s);
        foreach (var group in Definition.Actions.GroupBy(a => a.From))
        {
            var config = machine.Configure(group.Key);
            foreach (var a in group)
            {
                var guards = a.Guards.Select(g => Checked(a, g, context)).Select(r => new Tuple<Func<bool>, string>(() => r.Holds, r.Reason)).ToArray();
                if (a.From == a.To) config.PermitReentryIf(a.Id, guards);
                else config.PermitIf(a.Id, a.To, guards);
            }
        }

        return machine;
    }
}
