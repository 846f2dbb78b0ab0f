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
    private readonly List<(string State, string Name, string[] Actions)> _stages = [];

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

    /// <summary>
    /// The public notice of a campaign (第一篇 3.三): <c>open-notice</c> from <paramref name="from"/> into
    /// <paramref name="notice"/>, and <c>close-notice</c> into <paramref name="after"/> once <paramref name="days"/>
    /// calendar days have passed.
    /// </summary>
    /// <param name="from">The state the notice opens from.</param>
    /// <param name="notice">The notice state.</param>
    /// <param name="after">The state after the notice.</param>
    /// <param name="openName">Chinese name of opening, e.g. 发布考察公示.</param>
    /// <param name="days">The notice period in calendar days.</param>
    /// <param name="citation">Where the source sets the notice.</param>
    /// <param name="closeGuards">Further conditions for closing.</param>
    /// <returns>This builder.</returns>
    /// <example><code>builder.CampaignNotice("inspecting", "notice", "deciding", "发布公告公示", 7, "第二篇(二) 五3")</code></example>
    public WorkflowBuilder CampaignNotice(string from, string notice, string after, string openName, int days, string citation, params Guard[] closeGuards) =>
        Action(Conventions.OpenNotice, openName, from, notice, citation, Guards.AtLeast(WorkflowFacts.ActiveNominations, 1, "没有进入公示的人选"))
            .Action(Conventions.CloseNotice, "结束公示", notice, after, citation, [Guards.DaysSince(Conventions.OpenNotice, days, $"公示期 {days} 天，期满后方可结束公示"), .. closeGuards]);

    /// <summary>
    /// A nominee's part in the notice: <c>publicize</c> into <c>notice</c>; <c>clear</c> into
    /// <paramref name="cleared"/> when no report is open or verified; <c>disqualify</c> into <c>disqualified</c> when a
    /// report was verified (一经查实).
    /// </summary>
    /// <param name="from">The state the nominee is publicized from.</param>
    /// <param name="cleared">The state after a notice without a verified report.</param>
    /// <param name="publicizeName">Chinese name of publicizing, e.g. 列入考察公示.</param>
    /// <param name="citation">Where the source sets the notice.</param>
    /// <param name="clearName">Chinese name of clearing.</param>
    /// <returns>This builder.</returns>
    [Obsolete("State the notice period (the overload with days): without it a nominee could be cleared the day the notice opens.")]
    public WorkflowBuilder NomineeNotice(string from, string cleared, string publicizeName, string citation, string clearName = "公示无异议") =>
        Action(Conventions.Publicize, publicizeName, from, Conventions.Notice, citation)
            .Action(Conventions.Clear, clearName, Conventions.Notice, cleared, citation, Guards.NoOpenReports(), Guards.NoVerifiedReport())
            .Action(Conventions.Disqualify, "举报经查实，取消人选资格", Conventions.Notice, "disqualified", citation, Guards.ReportVerified());

    /// <summary>
    /// A nominee's part in the notice: <c>publicize</c> into <c>notice</c>; <c>clear</c> into
    /// <paramref name="cleared"/> once <paramref name="days"/> calendar days have passed since publicizing and no report
    /// is open or verified; <c>disqualify</c> into <c>disqualified</c> when a report was verified (一经查实). The period
    /// runs on the nominee's own publicizing, so no nominee leaves the notice early whatever the campaign does.
    /// </summary>
    /// <param name="from">The state the nominee is publicized from.</param>
    /// <param name="cleared">The state after a notice without a verified report.</param>
    /// <param name="publicizeName">Chinese name of publicizing, e.g. 列入考察公示.</param>
    /// <param name="days">The notice period in calendar days.</param>
    /// <param name="citation">Where the source sets the notice.</param>
    /// <param name="clearName">Chinese name of clearing.</param>
    /// <returns>This builder.</returns>
    /// <example><code>builder.NomineeNotice("inspected", "noticed", "列入公告公示", 7, "第二篇(二) 五3")</code></example>
    public WorkflowBuilder NomineeNotice(string from, string cleared, string publicizeName, int days, string citation, string clearName = "公示无异议") =>
        Action(Conventions.Publicize, publicizeName, from, Conventions.Notice, citation)
            .Action(Conventions.Clear, clearName, Conventions.Notice, cleared, citation,
                Guards.DaysSince(Conventions.Publicize, days, $"公示期 {days} 天，期满后方可确认{clearName}"), Guards.NoOpenReports(), Guards.NoVerifiedReport())
            .Action(Conventions.Disqualify, "举报经查实，取消人选资格", Conventions.Notice, "disqualified", citation, Guards.ReportVerified());

    /// <summary>
    /// Holds the given nominee actions back until the campaign is in <paramref name="campaignState"/>: a nominee is
    /// inspected while the campaign inspects, publicized while it gives notice — never ahead of it. May be called
    /// before or after the actions are declared; every one named (all its transitions) gets the guard at Build().
    /// </summary>
    /// <param name="campaignState">The campaign state id the actions belong to.</param>
    /// <param name="stageName">Its Chinese name, for the reason shown when held back.</param>
    /// <param name="actionIds">The nominee actions.</param>
    /// <returns>This builder.</returns>
    /// <example><code>builder.DuringCampaign("inspecting", "组织考察", "inspect")</code></example>
    public WorkflowBuilder DuringCampaign(string campaignState, string stageName, params string[] actionIds)
    {
        // Applied in Build(), so the order of declarations does not matter.
        _stages.Add((campaignState, stageName, actionIds));
        return this;
    }

    /// <summary>
    /// Gives actions already added — including those made by <see cref="WithdrawableFrom"/> and
    /// <see cref="CancellableFrom"/> — their citation, so every step of a procedure says where it comes from (or
    /// that it is inferred where the source is silent).
    /// </summary>
    /// <param name="citation">Where the source says it, e.g. <c>第一篇 3.三</c>, or <c>推定：…</c>.</param>
    /// <param name="actionIds">Actions already added.</param>
    /// <returns>This builder.</returns>
    /// <example><code>.WithdrawableFrom("nominated", "debriefed").Cite("推定：原文未规定，人选可自愿退出", "withdraw")</code></example>
    public WorkflowBuilder Cite(string citation, params string[] actionIds) => Change("注明出处", actionIds, a => a with { Citation = citation });

    /// <summary>The listed actions must be taken with a note saying why (the host refuses them without one).</summary>
    /// <param name="actionIds">Actions already added.</param>
    /// <returns>This builder.</returns>
    /// <example><code>.Action("not-select", "研究审定未确定", "inspected", "not-selected").NoteRequired("not-select")</code></example>
    public WorkflowBuilder NoteRequired(params string[] actionIds) => Change("设为须填写说明", actionIds, a => a with { NoteRequired = true });

    /// <summary>Changes every transition of the named actions, which must already be declared.</summary>
    private WorkflowBuilder Change(string what, string[] actionIds, Func<WorkflowAction, WorkflowAction> change)
    {
        var unknown = actionIds.Where(a => _actions.All(x => x.Id != a)).ToList();
        if (unknown.Count > 0) throw new InvalidOperationException($"流程 {id}：没有操作 {string.Join("、", unknown)}，无法{what}（须先用 Action 声明）");
        for (var i = 0; i < _actions.Count; i++)
        {
            if (actionIds.Contains(_actions[i].Id)) _actions[i] = change(_actions[i]);
        }

        return this;
    }

    /// <summary>Lets a nominee withdraw (退出) from each of the given states into <c>withdrawn</c>; a withdrawal states its reason (the note is required).</summary>
    /// <param name="states">The states.</param>
    /// <returns>This builder.</returns>
    public WorkflowBuilder WithdrawableFrom(params string[] states)
    {
        foreach (var state in states) Action("withdraw", "退出", state, "withdrawn");
        return NoteRequired("withdraw");
    }

    /// <summary>Lets a campaign be cancelled (取消本批次) from each of the given states into <c>cancelled</c>.</summary>
    /// <param name="states">The states.</param>
    /// <returns>This builder.</returns>
    public WorkflowBuilder CancellableFrom(params string[] states)
    {
        foreach (var state in states) Action("cancel", "取消本批次", state, "cancelled");
        return this;
    }

    /// <summary>Checks and returns the workflow.</summary>
    /// <returns>The definition.</returns>
    /// <exception cref="InvalidOperationException">An action names an unknown state, an end state has an exit, a state is unreachable, or ids repeat.</exception>
    public WorkflowDefinition Build()
    {
        if (_states.Count == 0) throw new InvalidOperationException($"流程 {id}（{name}）没有任何环节");
        foreach (var (state, stageName, actionIds) in _stages)
        {
            var unknown = actionIds.Where(a => _actions.All(x => x.Id != a)).ToList();
            if (unknown.Count > 0) throw new InvalidOperationException($"流程 {id}：DuringCampaign 要绑定到批次“{stageName}”（{state}）环节的操作 {string.Join("、", unknown)} 不存在");
            var guard = Guards.CampaignIn(state, $"须待批次进入“{stageName}”环节");
            for (var i = 0; i < _actions.Count; i++)
            {
                if (actionIds.Contains(_actions[i].Id) && _actions[i].Guards.All(g => g.Stage != state)) _actions[i] = _actions[i] with { Guards = [.. _actions[i].Guards, guard] };
            }
        }

        var ids = _states.Select(s => s.Id).ToHashSet();
        if (ids.Count != _states.Count)
            throw new InvalidOperationException($"流程 {id}：环节 id {string.Join("、", _states.GroupBy(s => s.Id).Where(g => g.Count() > 1).Select(g => g.Key))} 重复声明");
        foreach (var a in _actions)
        {
            if (!ids.Contains(a.From)) throw new InvalidOperationException($"流程 {id}：操作 {a.Id}（{a.Name}）的起点环节“{a.From}”未声明");
            if (!ids.Contains(a.To)) throw new InvalidOperationException($"流程 {id}：操作 {a.Id}（{a.Name}）的终点环节“{a.To}”未声明");
            if (_states.First(s => s.Id == a.From).IsFinal) throw new InvalidOperationException($"流程 {id}：操作 {a.Id}（{a.Name}）从终结环节“{a.From}”出发，终结环节之后不能再有操作");
        }

        if (_actions.GroupBy(a => (a.From, a.Id)).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new InvalidOperationException($"流程 {id}：环节“{twice.Key.From}”有两个 id 为 {twice.Key.Id} 的操作");
        var reached = new HashSet<string> { _states[0].Id };
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var a in _actions.Where(a => reached.Contains(a.From)))
                changed |= reached.Add(a.To);
        }

        var unreachable = ids.Except(reached).ToList();
        if (unreachable.Count > 0)
            throw new InvalidOperationException($"流程 {id}：从起始环节“{_states[0].Id}”无法到达环节 {string.Join("、", _states.Where(st => unreachable.Contains(st.Id)).Select(st => $"{st.Id}（{st.Name}）"))}：没有操作通向它");
        return new WorkflowDefinition(id, name, _states[0].Id, _states.ToList(), _actions.ToList());
    }
}
