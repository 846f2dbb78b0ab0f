using Terminal.Gui.Input;

namespace ReserveTui.Tui;

/// <summary>
/// A screen's keys (<see cref="ScreenKey"/>), in the order the help lists them. The screen routes its keys here,
/// the help is written from it and the status bar shows the ones that apply — one table, one truth.
/// </summary>
/// <param name="access">The operator: keys their role cannot use are left off the status bar and refused with the reason. Null: every key.</param>
internal sealed class KeyTable(IReadOnlyList<ScreenKey> bindings, Services.Access.OperatorAccess? access = null)
{
    public static KeyTable Empty { get; } = new([]);

    public IReadOnlyList<ScreenKey> All => bindings;

    /// <summary>The bindings that apply in the screen's current view and that the operator's role may use.</summary>
    public IReadOnlyList<ScreenKey> Current => bindings.Where(b => b.Applies() && b.Offered() && RoleRefusal(b) is null).ToList();

    // The services refuse these too; the screen says so before a form is even opened.
    private string? RoleRefusal(ScreenKey b) =>
        access is null ? null : b.AdminOnly ? access.AdminRefusal(b.Description) : b.Writes ? access.WriteRefusal(b.Description) : null;

    /// <summary>
    /// Handles a key if a binding applies: acts, or — when it is unavailable — passes the reason to
    /// <paramref name="refuse"/> and changes nothing. False when the key is not this screen's here.
    /// </summary>
    public bool Handle(Key key, Action<string> refuse)
    {
        var binding = bindings.FirstOrDefault(b => b.Matches(key) && b.Applies());
        if (binding is null) return false;
        if ((RoleRefusal(binding) ?? binding.Unavailable()) is { } why) refuse(why);
        else binding.Handler();
        return true;
    }

    /// <summary>The help: <paramref name="intro"/> (moving about: ↑↓, Tab, Enter), then every key by the part it belongs to.</summary>
    public string Help(string intro)
    {
        var lines = new List<string> { intro };
        foreach (var group in bindings.GroupBy(b => b.Where))
        {
            var keys = string.Join("  ", group.Select(b => $"{b.KeyText} {b.Description}").Distinct());
            lines.Add(group.Key is null ? keys : $"{group.Key}：{keys}");
        }

        return string.Join("\n", lines.Where(l => l.Length > 0));
    }
}
