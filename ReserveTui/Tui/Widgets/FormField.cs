using ReserveTui.Import;

namespace ReserveTui.Tui.Widgets;

/// <summary>
/// One field of a <see cref="FormOverlay"/>: its label, the most characters it takes (stated in the form, enforced
/// again by the service) and whether it keeps line breaks (a note, a report: a pasted letter keeps every line).
/// A plain string is a one-line field of <see cref="TextSafety.LineLimit"/> characters.
/// </summary>
internal sealed record FormField(string Label, int Limit = TextSafety.LineLimit, bool MultiLine = false)
{
    public static implicit operator FormField(string label) => new(label);

    /// <summary>A note: up to <see cref="TextSafety.NoteLimit"/> characters, line breaks kept.</summary>
    public static FormField Note(string label) => new(label, TextSafety.NoteLimit, MultiLine: true);

    /// <summary>A name: up to <see cref="TextSafety.NameLimit"/> characters.</summary>
    public static FormField Name(string label) => new(label, TextSafety.NameLimit);
}
