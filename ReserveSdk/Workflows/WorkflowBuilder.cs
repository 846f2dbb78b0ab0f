namespace ReserveSdk;

/// <summary>Builds a <see cref="WorkflowDefinition"/> in the order the scheme document states its procedure, and checks it.</summary>
/// <example>
/// <code>
/// var wf = new WorkflowBuilder("campaign", "选拔流程")
///     .State("draft", "筹备").State("published", "已公布").Final("closed", "已完成")
///     .Action("publish", "公布选拔方案", "draft", "published")
///     .Action("close", "完成", "published", "closed", Guards.AtLeast(WorkflowFacts.Nominations, 1, "至少须有一名人选"))
///     .Build();
/// </code>
/// </example>
public sealed class WorkflowBuilder(string id, string name)
{
    private readonly List<WorkflowState> _states = [];
    private readonly List<WorkflowAction> _actions = [];

    /// <summary>Adds a state; the first state added is the initial one.</summary>
    /// <param name="stateId">ASCII id.</param>
    /// <param name="stateName">Chinese name.</param>
    /// <returns>This builder.</returns>
    public WorkflowBuilder State(string stateId, string stateName)
    {
        _states.Add(new WorkflowState(stateId, stateName));
        return this;
    }

    /// <summary>Adds an end state.</summary>
    /// <param name="stateId">ASCII id.</param>
    /// <param name="stateName">Chinese name.</param>
    /// <returns>This builder.</returns>
    public WorkflowBuilder Final(string stateId, string stateName)
    {
        _states.Add(new WorkflowState(stateId, stateName) { IsFinal = true });
        return this;
    }

    /// <summary>Adds an action.</summary>
    /// <param name="actionId">ASCII id.</param>
    /// <param name="actionName">Chinese name.</param>
    /// <param name="from">Source state.</param>
    /// <param name="to">Target state.</param>
    /// <param name="guards">Guards, each with its Chinese reason.</param>
    /// <returns>This builder.</returns>
    public WorkflowBuilder Action(string actionId, string actionName, string from, string to, params Guard[] guards) =>
        Action(actionId, actionName, from, to, null, guards);

    /// <summary>Adds an action with the citation of the step it performs.</summary>
    /// <param name="actionId">ASCII id.</param>
    /// <param name="actionName">Chinese name.</param>
    /// <param name="from">Source state.</param>
    /// <param name="to">Target state.</param>
    /// <param name="citation">Where the source prescribes the step.</param>
    /// <param name="guards">Guards, each with its Chinese reason.</param>
    /// <returns>This builder.</returns>
    public WorkflowBuilder Action(string actionId, string actionName, string from, string to, string? citation, params Guard[] guards)
    {
        _actions.Add(new WorkflowAction(actionId, actionName, from, to, guards) { Citation = citation });
        return this;
    }

    /// <summary>Checks and returns the workflow.</summary>
    /// <returns>The definition.</returns>
    /// <exception cref="InvalidOperationException">An action names an unknown state, an end state has an exit, a state is unreachable, or ids repeat.</exception>
    public WorkflowDefinition Build()
    {
        if (_states.Count == 0) throw new InvalidOperationException($"Workflow {id} has no states.");
        var ids = _states.Select(s => s.Id).ToHashSet();
        if (ids.Count != _states.Count) throw new InvalidOperationException($"Workflow {id} repeats a state id.");
        foreach (var a in _actions)
        {
            if (!ids.Contains(a.From) || !ids.Contains(a.To)) throw new InvalidOperationException($"Action {a.Id} of workflow {id} names an unknown state.");
            if (_states.First(s => s.Id == a.From).IsFinal) throw new InvalidOperationException($"Action {a.Id} leaves end state {a.From}.");
        }

        if (_actions.GroupBy(a => (a.From, a.Id)).Any(g => g.Count() > 1)) throw new InvalidOperationException($"Workflow {id} has an action id twice from one state.");
        var reached = new HashSet<string> { _states[0].Id };
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var a in _actions.Where(a => reached.Contains(a.From)))
                changed |= reached.Add(a.To);
        }

        var unreachable = ids.Except(reached).ToList();
        if (unreachable.Count > 0) throw new InvalidOperationException($"Workflow {id}: unreachable states {string.Join(", ", unreachable)}.");
        return new WorkflowDefinition(id, name, _states[0].Id, _states.ToList(), _actions.ToList());
    }
}
