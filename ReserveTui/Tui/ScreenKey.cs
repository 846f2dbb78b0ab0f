using Terminal.Gui.Input;

namespace ReserveTui.Tui;

/// <summary>
/// One key of a screen (its binding), declared once: the key, what it does, the part of the screen it belongs to, when it
/// applies there, why it cannot be used right now, and what it does. The screen's key handling, its help and the
/// status bar are all read from these, so they cannot disagree.
/// </summary>
/// <param name="Key">The key.</param>
/// <param name="Description">What it does, short enough for the status bar (计票, 提名).</param>
/// <param name="Handler">What it does.</param>
internal sealed record ScreenKey(Key Key, string Description, Action Handler)
{
    /// <summary>The part of the screen it belongs to, for the help (批次, 人选中); null for the whole screen.</summary>
    public string? Where { get; init; }

    /// <summary>Whether the key means anything in the screen's current view; when false the key is not the screen's.</summary>
    public Func<bool> Applies { get; init; } = static () => true;

    /// <summary>The key changes data: hidden from a viewer's status bar and refused, with the reason, when pressed anyway.</summary>
    public bool Writes { get; init; }

    /// <summary>The key is the organisation department's (units): hidden from other roles and refused with the reason.</summary>
    public bool AdminOnly { get; init; }

    /// <summary>
    /// Whether the status bar offers the key here (default: whenever it applies). A key that applies but is not offered
    /// still answers, with <see cref="Unavailable"/>'s reason, when pressed: F9 on a rule that passed says it needs no
    /// relaxing instead of doing nothing.
    /// </summary>
    public Func<bool> Offered { get; init; } = static () => true;

    /// <summary>Why the key cannot act now although it applies (shown instead, nothing changes); null when it can.</summary>
    public Func<string?> Unavailable { get; init; } = static () => null;

    /// <summary>
    /// Whether a pressed key is this one. A printable key (/) is matched by the character it types, because some
    /// layouts report it with Shift; others by the key itself.
    /// </summary>
    public bool Matches(Key pressed) => IsPrintable ? !pressed.IsCtrl && !pressed.IsAlt && pressed.AsRune == Key.AsRune : pressed == Key;

    private bool IsPrintable => Key.AsRune.Value is > 32 and < 127 && !Key.IsCtrl && !Key.IsAlt;

    /// <summary>The key as people write it: F6, Ctrl+N, /.</summary>
    public string KeyText => IsPrintable ? ((char)Key.AsRune.Value).ToString() : Key.ToString();
}
