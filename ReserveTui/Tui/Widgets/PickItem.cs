namespace ReserveTui.Tui.Widgets;

/// <summary>
/// One choice of a <see cref="PickerOverlay"/>: the line shown, the text typing narrows by (name, ID number, unit…),
/// and what choosing it means to the screen that opened the picker. The operator never sees an id.
/// </summary>
/// <param name="Line">What the list shows (may be wider than the pane; it is cut, not wrapped, so rows stay one line).</param>
/// <param name="Search">What typed words are looked for in, besides <paramref name="Line"/>.</param>
/// <param name="Value">The chosen thing, for the screen.</param>
internal sealed record PickItem(string Line, string Search, object? Value = null)
{
    /// <summary>A choice found by its own line only.</summary>
    public static PickItem Of(string line, object? value = null) => new(line, "", value);
}
