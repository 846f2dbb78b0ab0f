using Terminal.Gui.ViewBase;

namespace ReserveTui.Tui;

/// <summary>One screen of the shell: its view, its title in the top bar, and its keys for the help dialog.</summary>
internal interface IScreen
{
    string Title { get; }

    View View { get; }

    /// <summary>The screen's own keys: what <see cref="HandleKey"/> acts on, what the help lists, what the status bar shows.</summary>
    KeyTable Keys { get; }

    /// <summary>The keys of this screen, shown by F1 / ?: moving about, then <see cref="Keys"/>.</summary>
    string HelpText { get; }

    /// <summary>Whether a text field of the screen has focus (then plain letters are typing, not commands).</summary>
    bool IsTyping { get; }

    /// <summary>Puts the focus where the screen's work starts, once the screen is shown.</summary>
    void Activate();

    /// <summary>The screen's own keys (<see cref="Keys"/>), routed here by the shell; true when the key was the screen's.</summary>
    bool HandleKey(Terminal.Gui.Input.Key key);

    /// <summary>Esc within the screen (close details, clear a filter); false when there is nothing to go back from.</summary>
    bool Back();

    /// <summary>Work the screen started on a worker and will show when done (tests wait for it).</summary>
    Task Pending => Task.CompletedTask;
}
