namespace ReserveSdk;

/// <summary>调整出库原因 — a reason a reserve may be removed, as the scheme lists it.</summary>
/// <param name="Id">ASCII id.</param>
/// <param name="Text">The reason in the scheme's words.</param>
/// <param name="Citation">Where the source lists it.</param>
public sealed record RemovalReason(string Id, string Text, string Citation)
{
    /// <summary>A removal for this reason must say what happened, in a note: the scheme's list is open ("等情形", "其他原因").</summary>
    public bool NoteRequired { get; init; }
}
