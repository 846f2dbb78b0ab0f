namespace ReserveTui.Workflow;

/// <summary>The outcome of trying an action: the new state, or the reasons it was refused (state unchanged).</summary>
internal sealed record TransitionResult(bool Done, string State, string? ActionId, IReadOnlyList<string> Reasons)
{
    public static TransitionResult Refused(string state, string? actionId, params string[] reasons) => new(false, state, actionId, reasons);
}
