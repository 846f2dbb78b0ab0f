namespace ReserveTui.Services.Pool;

/// <summary>A removal reason of the scheme as forms offer it: its id (for the CLI), its text and citation, whether a note is required.</summary>
internal sealed record RemovalChoice(string Id, string Text, string Citation, bool NoteRequired);
