namespace ReserveSdk;

/// <summary>An action an operator takes (a trigger): from one state to another, allowed only when every guard holds.</summary>
/// <param name="Id">ASCII id, e.g. <c>close-notice</c>; also the mark recording when it fired.</param>
/// <param name="Name">Chinese name, e.g. 结束公示.</param>
/// <param name="From">Source state id.</param>
/// <param name="To">Target state id.</param>
/// <param name="Guards">Conditions; each one's description is the reason shown when it holds the action back.</param>
public sealed record WorkflowAction(string Id, string Name, string From, string To, IReadOnlyList<Guard> Guards)
{
    /// <summary>Where the source prescribes this step.</summary>
    public string? Citation { get; init; }

    /// <summary>The action must be taken with a note saying why (e.g. 研究审定未确定 in a ranked selection); the host refuses it without one.</summary>
    public bool NoteRequired { get; init; }
}
