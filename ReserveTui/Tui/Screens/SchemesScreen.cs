using System.Collections.ObjectModel;
using ReserveTui.Plugins;
using ReserveTui.Services;
using ReserveTui.Tui.Widgets;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace ReserveTui.Tui.Screens;

/// <summary>方案: the loaded schemes on the left; the chosen one's tracks, rules (kind, description, citation) on the right.</summary>
internal sealed class SchemesScreen : IScreen
{
    private readonly SchemeCatalog _catalog;
    private readonly ListView _list;
    private readonly TextPane _details;

    public SchemesScreen(TuiServices services)
    {
        _catalog = services.Catalog;
        Title = services.Text.Schemes;
        HelpText = services.Text.SchemesKeys;
        var items = new ObservableCollection<string>(_catalog.Schemes.Select(s => s.Definition.Manifest.ShortName));
        if (_catalog.Failures.Count > 0) items.Add($"⚠ {services.Text.FailedPlugins} ({_catalog.Failures.Count})");
        if (items.Count == 0) items.Add(services.Text.NoSchemes);
        _list = new ListView { X = 0, Y = 0, Width = 22, Height = Dim.Fill(), BorderStyle = Terminal.Gui.Drawing.LineStyle.Single, Title = services.Text.Schemes };
        _list.SetSource(items);
        ListEdges.Contain(_list);
        _details = new TextPane { X = Pos.Right(_list), Y = 0, Width = Dim.Fill(), Height = Dim.Fill(), BorderStyle = Terminal.Gui.Drawing.LineStyle.Single };
        _list.ValueChanged += (_, _) => ShowSelected();
        View = new View { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = true };
        View.Add(_list, _details);
        _list.SelectedItem = 0;
        ShowSelected();
    }

    public string Title { get; }

    public View View { get; }

    public string HelpText { get; }

    public bool IsTyping => false;

    public void Activate() => _list.SetFocus();

    public KeyTable Keys => KeyTable.Empty;

    public bool HandleKey(Terminal.Gui.Input.Key key) => Keys.Handle(key, _ => { });

    public bool Back()
    {
        if (!_details.HasFocus) return false;
        _list.SetFocus();
        return true;
    }

    private void ShowSelected()
    {
        var index = _list.SelectedItem ?? 0;
        var text = new StringWriter();
        if (index < _catalog.Schemes.Count)
        {
            var scheme = _catalog.Schemes[index].Definition;
            _details.Title = scheme.Manifest.Name;
            SchemeDocument.WriteText(scheme, text);
        }
        else
        {
            _details.Title = "";
            foreach (var f in _catalog.Failures) text.WriteLine($"{f.Path}\n  {f.Reason}\n");
        }

        _details.Text = text.ToString();
    }
}
