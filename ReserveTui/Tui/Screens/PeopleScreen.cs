using ReserveSdk;
using ReserveTui.Plugins;
using ReserveTui.Services;
using ReserveTui.Tui.Widgets;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace ReserveTui.Tui.Screens;

/// <summary>
/// 人员: the people list, a page at a time, with a filter on name, unit or ID number. Enter shows one person's
/// facts and their verdict for every loaded scheme's tracks on today's date — who may be nominated, before a campaign.
/// </summary>
internal sealed class PeopleScreen : IScreen
{
    private readonly UiText _text;
    private readonly TextField _filter;
    private readonly TableView _table;
    private readonly Label _count;
    private readonly PagedPeopleTable _source;
    private readonly TextPane _profile;
    private readonly SchemeCatalog _catalog;
    private readonly TimeProvider _clock;

    public PeopleScreen(TuiServices services)
    {
        _text = services.Text;
        _catalog = services.Catalog;
        _clock = services.Clock;
        Title = _text.People;
        HelpText = _text.PeopleKeys;
        var label = new Label { X = 0, Y = 0, Text = _text.Filter };
        _filter = new TextField { X = Pos.Right(label), Y = 0, Width = 30 };
        _count = new Label { X = Pos.Right(_filter) + 2, Y = 0, Width = Dim.Fill() };
        _source = new PagedPeopleTable(services.People, _text.PeopleHeaders);
        _table = new TableView { X = 0, Y = 1, Width = Dim.Fill(), Height = Dim.Fill(), Table = _source, FullRowSelect = true };
        _filter.KeyDown += (_, key) =>
        {
            if (key == Key.Enter || key == Key.CursorDown)
            {
                ApplyFilter();
                _table.SetFocus();
                key.Handled = true;
            }
        };
        View = new View { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = true };
        _profile = new TextPane { X = 0, Y = 1, Width = Dim.Fill(), Height = Dim.Fill(), BorderStyle = Terminal.Gui.Drawing.LineStyle.Single, Visible = false };
        _table.KeyDown += (_, key) =>
        {
            if (key != Key.Enter) return;
            ShowProfile();
            key.Handled = true;
        };
        View.Add(label, _filter, _count, _table, _profile);
        if (_source.Rows == 0) _count.Text = _text.NoPeople;
        else UpdateCount();
    }

    public string Title { get; }

    public View View { get; }

    public string HelpText { get; }

    public bool IsTyping => _filter.HasFocus;

    public void Activate() => _table.SetFocus();

    /// <summary>The filter box takes the focus ("/").</summary>
    private void FocusFilter()
    {
        _profile.Visible = false;
        _table.Visible = true;
        _filter.SetFocus();
    }

    /// <summary>/ jumps to the filter (when not already typing in it).</summary>
    public bool HandleKey(Terminal.Gui.Input.Key key)
    {
        if (IsTyping || key.AsRune.Value != '/') return false;
        FocusFilter();
        return true;
    }

    /// <summary>The profile as shown (tests).</summary>
    public string Profile => _profile.Visible ? _profile.Text : "";

    public bool Back()
    {
        if (_profile.Visible)
        {
            _profile.Visible = false;
            _table.Visible = true;
            _table.SetFocus();
            return true;
        }

        if (_filter.HasFocus || !string.IsNullOrEmpty(_filter.Text))
        {
            _filter.Text = "";
            ApplyFilter();
            _table.SetFocus();
            return true;
        }

        return false;
    }

    private void ShowProfile()
    {
        if (_table.Value?.SelectedCell.Y is not { } row || _source.At(row) is not { } stored) return;
        var p = stored.Person;
        var on = DateOnly.FromDateTime(_clock.GetLocalNow().DateTime);
        var verdicts = PersonProfile.Verdicts(p, _catalog, on);
        var open = verdicts.Where(v => v.Verdict is Verdict.Eligible or Verdict.EligibleWithRelaxation or Verdict.PendingAttestation).Select(v => $"{v.Scheme}·{v.Track}").ToList();
        var lines = new List<string> { _text.ProfileDate(on.ToString("yyyy-MM-dd")), _text.ProfileOpen(open.Count > 0 ? string.Join("、", open) : null), "" };
        lines.AddRange(PersonProfile.Facts(p).Select(f => $"{f.Heading}：{f.Value}"));
        lines.Add("");
        lines.Add(_text.ProfileVerdicts);
        foreach (var v in verdicts)
        {
            lines.Add($"[{Verdicts.Chinese(v.Verdict)}] {v.Scheme}·{v.Track}");
            lines.AddRange(v.NotPassed.Select(r => $"    {r.RuleId}：{r.Explanation}〔{r.Citation}〕"));
        }

        _profile.Title = $"{p.Name}  {p.Unit}";
        _profile.Text = string.Join("\n", lines);
        _profile.Visible = true;
        _table.Visible = false;
        _profile.SetFocus();
    }

    private void ApplyFilter()
    {
        _source.SetFilter(_filter.Text);
        _table.Table = _source;
        _table.SetNeedsDraw();
        UpdateCount();
    }

    private void UpdateCount() => _count.Text = _text.PeopleCount(_source.Rows, _source.Rows);
}
