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
    private readonly IPeopleQuery _people;
    private readonly TextPane _profile;
    private readonly SchemeCatalog _catalog;
    private readonly TimeProvider _clock;
    private readonly Services.Campaigns.CampaignService? _campaigns;
    private readonly Services.Campaigns.NominationService? _nominations;
    private readonly FormOverlay _form = new();
    private readonly PickerOverlay _picker = new();
    private readonly Label _message;
    private StoredPerson? _shown;

    public PeopleScreen(TuiServices services)
    {
        _text = services.Text;
        _catalog = services.Catalog;
        _clock = services.Clock;
        _campaigns = services.Campaigns;
        _nominations = services.Nominations;
        Title = _text.People;
        var label = new Label { X = 0, Y = 0, Text = _text.Filter };
        _filter = new TextField { X = Pos.Right(label), Y = 0, Width = 30 };
        _count = new Label { X = Pos.Right(_filter) + 2, Y = 0, Width = Dim.Fill() };
        _people = services.People;
        _source = new PagedPeopleTable(services.People, _text.PeopleHeaders);
        _table = new TableView { X = 0, Y = 1, Width = Dim.Fill(), Height = Dim.Fill(1), Table = _source, FullRowSelect = true };
        // The column names stay on top however far the operator pages down.
        _table.Style.AlwaysShowHeaders = true;
        _message = new Label { X = 1, Y = Pos.AnchorEnd(1), Width = Dim.Fill(), Height = 1 };
        FilterBox.Bound(_filter, () => _message.Text = _text.FilterTooLong(FilterBox.Limit));
        // The table follows each keystroke: the search is in memory (PeopleSearch), a few milliseconds at 100,000 people.
        _filter.TextChanged += (_, _) => ApplyFilter();
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
        _profile = new TextPane { X = 0, Y = 1, Width = Dim.Fill(), Height = Dim.Fill(1), BorderStyle = Terminal.Gui.Drawing.LineStyle.Single, Visible = false };
        _table.KeyDown += (_, key) =>
        {
            // Rows are whole people (full-row selection): Home and End go to the first and the last person, as in
            // every other list, not to the first and last column.
            if (key == Key.Home) _table.MoveCursorToStartOfTable(false, null);
            else if (key == Key.End) _table.MoveCursorToEndOfTable(false, null);
            else if (key == Key.Enter) ShowProfile();
            else return;
            key.Handled = true;
        };
        Keys = new KeyTable(
        [
            new(Key.F8, _text.KeyNominatePerson, () => OpenNominate(_shown!))
            {
                Writes = true,
                Where = _text.KeysOfProfile, Applies = () => !IsTyping && !_form.IsOpen && !_picker.IsOpen && _profile.Visible && _shown is not null && _campaigns is not null,
            },
            new(new Key('/'), _text.KeyFilter, FocusFilter) { Applies = () => !IsTyping && !_form.IsOpen && !_picker.IsOpen },
        ], services.Access);
        HelpText = Keys.Help(_text.PeopleKeys);
        View.Add(label, _filter, _count, _table, _profile, _message, _form, _picker);
        if (_source.Rows == 0) _count.Text = _text.NoPeople;
        else UpdateCount();
    }

    public string Title { get; }

    public View View { get; }

    public string HelpText { get; }

    public bool IsTyping => _filter.HasFocus || _form.HasTyping || _picker.HasTyping;

    /// <summary>The last result or refusal.</summary>
    public string Message => _message.Text;

    /// <summary>The open form, for tests.</summary>
    public FormOverlay Form => _form;

    /// <summary>The open picker, for tests.</summary>
    public PickerOverlay Picker => _picker;

    public void Activate() => _table.SetFocus();

    /// <summary>The filter box takes the focus ("/").</summary>
    private void FocusFilter()
    {
        CloseProfile();
        _filter.SetFocus();
    }

    private void CloseProfile()
    {
        _profile.Visible = false;
        _table.Visible = true;
    }

    /// <summary>/ jumps to the filter (when not already typing in it).</summary>
    public KeyTable Keys { get; }

    public bool HandleKey(Terminal.Gui.Input.Key key) => Keys.Handle(key, why => _message.Text = why);

    /// <summary>F8 in a profile: nominate this person into a campaign chosen from a list, then the track and channel.</summary>
    private void OpenNominate(StoredPerson person)
    {
        var open = _campaigns!.List();
        if (open.Count == 0)
        {
            _message.Text = _text.NoCampaignToNominate;
            return;
        }

        var items = open.Select(c => PickItem.Of($"{c.Year} {c.UnitName}  {c.SchemeShortName}（{c.StateName}）", c)).ToList();
        var nominating = new NominationPicker(_picker, _text, _nominations!);
        _picker.Open(_text.PickCampaign(person.Person.Name), items, _text.PickHint, item =>
        {
            var c = (Services.Campaigns.CampaignSummary)item.Value!;
            try
            {
                return nominating.OpenFor(c.Id, person.Id, change =>
                {
                    try
                    {
                        _message.Text = change();
                        _profile.SetFocus();
                        return null;
                    }
                    catch (Hosting.ReserveException ex)
                    {
                        return _message.Text = ex.Message;
                    }
                });
            }
            catch (Hosting.ReserveException ex)
            {
                return _message.Text = ex.Message;
            }
        });
    }

    /// <summary>The profile as shown (tests).</summary>
    public string Profile => _profile.Visible ? _profile.Text : "";

    public bool Back()
    {
        if (_picker.IsOpen)
        {
            _picker.Close();
            _profile.SetFocus();
            return true;
        }

        if (_form.IsOpen)
        {
            _form.Close();
            _profile.SetFocus();
            return true;
        }

        if (_profile.Visible)
        {
            CloseProfile();
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
        if (_table.Value?.SelectedCell.Y is not { } row || _source.At(row) is not { } listed) return;
        // The list's row has the ID number masked; the person's own file may show it whole (and records that it did).
        var stored = _people.Show(listed.Id) ?? listed;
        _shown = stored;
        var p = stored.Person;
        var on = DateOnly.FromDateTime(_clock.GetLocalNow().DateTime);
        var verdicts = PersonProfile.Verdicts(p, _catalog, on);
        var open = verdicts.Where(v => v.Open).Select(v => $"{v.Scheme}·{v.Track}").ToList();
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
        _source.SetFilter(FilterBox.Clip(_filter.Text));
        _table.Table = _source;
        _table.SetNeedsDraw();
        UpdateCount();
    }

    private void UpdateCount() => _count.Text = _text.PeopleCount(_source.Rows, _source.Rows);
}
