namespace ReserveTui.Tui.Screens;

/// <summary>One line of a screen's action list and what Enter on it does.</summary>
internal sealed record ListedAction(string Line, Action Take);
