using Terminal.Gui.Input;
using Terminal.Gui.Views;

namespace ReserveTui.Tui.Widgets;

/// <summary>
/// A list's filter box takes at most <see cref="Limit"/> characters. Terminal.Gui's text field re-measures its
/// whole line for every character typed, so a 2,000-character paste typed key by key kept a core busy for a minute
/// and a half; stopping at a length longer than any name, unit or ID number it could match keeps typing instant.
/// </summary>
internal static class FilterBox
{
    public const int Limit = 50;

    /// <summary>Stops printable keys past <see cref="Limit"/> in <paramref name="field"/>, saying why through <paramref name="tooLong"/>.</summary>
    public static void Bound(TextField field, Action tooLong) => field.KeyDown += (_, key) =>
    {
        if (key.AsRune.Value < 32 || key.IsCtrl || key.IsAlt || (field.Text ?? "").Length < Limit) return;
        tooLong();
        key.Handled = true;
    };

    /// <summary>A pasted filter longer than <see cref="Limit"/>: cut there (a filter is a search, not a record).</summary>
    public static string Clip(string? text) => text is { Length: > Limit } ? text[..Limit] : text ?? "";
}
