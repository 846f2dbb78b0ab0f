namespace ReserveSdk;

/// <summary>
/// A workflow stated in the SDK's own vocabulary; the host builds the state machine from it, draws its graph,
/// and writes the procedure into documents. Build with <see cref="WorkflowBuilder"/>, which checks it.
/// </summary>
/// <param name="Id">e.g. <c>campaign</c> or <c>nominee</c>.</param>
/// <param name="Name">Chinese name.</param>
/// <param name="Initial">The initial state id.</param>
/// <param name="States">Every state.</param>
/// <param name="Actions">Every action.</param>
public sealed record WorkflowDefinition(string Id, string Name, string Initial, IReadOnlyList<WorkflowState> States, IReadOnlyList<WorkflowAction> Actions)
{
    /// <summary>The state with the given id.</summary>
    /// <param name="id">The state id.</param>
    /// <returns>The state.</returns>
    /// <exception cref="KeyNotFoundException">No such state.</exception>
    public WorkflowState State(string id) => States.FirstOrDefault(s => s.Id == id) ?? throw new KeyNotFoundException($"流程 {Id} 中没有环节“{id}”");

    /// <summary>Finds an action by id or Chinese name.</summary>
    /// <param name="idOrName">What the user typed.</param>
    /// <returns>The actions with that id or name (several states may share one action id).</returns>
    public IReadOnlyList<WorkflowAction> FindActions(string idOrName) => Actions.Where(a => a.Id == idOrName || a.Name == idOrName).ToList();
}
