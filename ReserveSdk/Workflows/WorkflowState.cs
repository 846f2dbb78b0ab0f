namespace ReserveSdk;

/// <summary>One state of a workflow (环节).</summary>
/// <param name="Id">ASCII id.</param>
/// <param name="Name">Chinese name, e.g. 公示中.</param>
public sealed record WorkflowState(string Id, string Name)
{
    /// <summary>An end state: no action leaves it.</summary>
    public bool IsFinal { get; init; }
}
