using System.Collections.ObjectModel;
using ReserveTui.Hosting;
using ReserveTui.Services;
using ReserveTui.Tui.Widgets;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace ReserveTui.Tui.Screens;

/// <summary>
/// 单位: the units with their kind and 正职/副职 post counts, which the schemes' quantity targets read
/// (college 1:2 / 1:1, street ½ of departments, communities and offices). Ctrl+N adds one.
/// </summary>
internal sealed class UnitsScreen : IScreen
{
    private readonly UiText _text;
    private readonly UnitService? _units;
    private readonly ErrorLog? _log;
    private readonly Services.Access.OperatorAccess? _access;
    private readonly Label _header;
    private readonly ListView _list;
    private readonly Label _message;
    private readonly FormOverlay _form = new();
    private IReadOnlyList<UnitView> _shown = [];

    public UnitsScreen(TuiServices services)
    {
        _text = services.Text;
        _units = services.Units;
        _log = services.Log;
        _access = services.Access;
        Title = _text.Units;
        Keys = new KeyTable(
        [
            new(Key.N.WithCtrl, _text.KeyAddUnit, () => _form.Open(_text.AddUnitTitle, _text.UnitFields, _text.UnitHint(_units!.Kinds), Add)) { Applies = () => _units is not null && !_form.IsOpen, AdminOnly = true },
        ], services.Access);
        HelpText = Keys.Help(_text.UnitsKeys);
        _header = new Label { X = 1, Y = 0, Width = Dim.Fill(), Height = 1, Text = _text.UnitHeaders };
        _list = new ListView { X = 0, Y = 1, Width = Dim.Fill(), Height = Dim.Fill(1), BorderStyle = Terminal.Gui.Drawing.LineStyle.Single, Title = _text.Units };
        _message = new Label { X = 1, Y = Pos.AnchorEnd(1), Width = Dim.Fill(), Height = 1 };
        View = new View { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = true };
        ListEdges.Contain(_list);
        _list.KeyDown += (_, key) =>
        {
            if (key != Key.Enter) return;
            OpenEdit();
            key.Handled = true;
        };
        View.Add(_header, _list, _message, _form);
        Reload();
    }

    public string Title { get; }

    public View View { get; }

    public string HelpText { get; }

    public bool IsTyping => _form.HasTyping;

    /// <summary>The last result or refusal.</summary>
    public string Message => _message.Text;

    /// <summary>The open form, for tests.</summary>
    public FormOverlay Form => _form;

    public void Activate() => _list.SetFocus();

    public bool Back()
    {
        if (!_form.IsOpen) return false;
        _form.Close();
        _list.SetFocus();
        return true;
    }

    public KeyTable Keys { get; }

    public bool HandleKey(Key key) => Keys.Handle(key, why => _message.Text = why);

    /// <summary>Enter on a unit: its kind, posts and parent in a form, saved at the version on screen.</summary>
    private void OpenEdit()
    {
        if (_units is null || _list.SelectedItem is not { } i || i >= _shown.Count) return;
        var unit = _shown[i];
        // Said before a form is filled in for nothing; the service refuses it too.
        if (_access?.AdminRefusal("修改单位") is { } why)
        {
            _message.Text = why;
            return;
        }

        _form.Open(_text.EditUnitTitle(unit.Name), _text.UnitFields.Skip(1).ToList(), _text.UnitHint(_units!.Kinds), v =>
        {
            if (Posts(v[1], v[2]) is not var (principal, deputy)) return _message.Text = _text.PostsNotNumbers(v[1], v[2]);
            // The version as shown now: after a refused (stale) change the list is re-read and shows the other change.
            var seen = _shown.FirstOrDefault(u => u.Id == unit.Id)?.Version ?? unit.Version;
            return Save(() => _units.Update(unit.Name, v[0], principal, deputy, v[3], seen), _text.UnitChanged(unit.Name));
        });
        _form.Fill(unit.Kind, unit.PrincipalPosts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            unit.DeputyPosts.ToString(System.Globalization.CultureInfo.InvariantCulture), unit.Parent ?? "");
    }

    private string? Add(IReadOnlyList<string> v)
    {
        if (Posts(v[2], v[3]) is not var (principal, deputy)) return _message.Text = _text.PostsNotNumbers(v[2], v[3]);
        return Save(() => _units!.Add(v[0], v[1], principal, deputy, string.IsNullOrWhiteSpace(v[4]) ? null : v[4]), _text.UnitAdded(v[0].Trim()));
    }

    private static (int Principal, int Deputy)? Posts(string principal, string deputy) =>
        int.TryParse(principal.Trim(), out var p) && int.TryParse(deputy.Trim(), out var d) ? (p, d) : null;

    /// <summary>Saves; a refusal is returned so the form stays open with what was typed (the list is re-read).</summary>
    private string? Save(Func<UnitView> change, string done)
    {
        try
        {
            var unit = change();
            _message.Text = done;
            Reload();
            _list.SelectedItem = Math.Max(0, _shown.ToList().FindIndex(u => u.Id == unit.Id));
            _list.SetFocus();
            return null;
        }
        catch (ReserveException ex)
        {
            Reload();
            return _message.Text = ex.Message;
        }
        catch (Exception ex) when (_log is not null)
        {
            return _message.Text = _log.Record(ex, "单位修改");
        }
    }

    private void Reload()
    {
        var units = _shown = _units?.List() ?? [];
        var lines = units.Select(u => TextColumns.Pad(u.Name, 30) + TextColumns.Pad(u.Kind, 10) + $"{u.PrincipalPosts,4} {u.DeputyPosts,4}  {u.Parent}").ToList();
        _list.SetSource(new ObservableCollection<string>(lines.Count > 0 ? lines : [_text.NoUnits]));
        _list.SelectedItem = 0;
    }
}
