using System.Collections.ObjectModel;
using ReserveSdk;
using ReserveTui.Hosting;
using ReserveTui.Services;
using ReserveTui.Services.Campaigns;
using ReserveTui.Tui.Widgets;
using ReserveTui.Workflow;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace ReserveTui.Tui.Screens;

/// <summary>
/// 选拔批次: campaigns on the left; on the right the chosen campaign's actions (workflow actions permitted or held
/// back with the guards' reasons, then the campaign's tools) and its nominees. Enter on a nominee shows its
/// rule-by-rule eligibility, what has been recorded, and its own actions and records. Every change goes through
/// <see cref="CampaignService"/> with the version on screen, so a stale screen is refused rather than
/// overwriting another operator's change.
/// </summary>
internal sealed class CampaignsScreen : IScreen
{
    private readonly UiText _text;
    private readonly CampaignService? _service;
    private readonly NominationService? _nominations;
    private readonly BallotService? _ballots;
    private readonly ScoreService? _scores;
    private readonly Plugins.SchemeCatalog _catalog;
    private readonly ErrorLog? _log;
    private readonly TimeProvider _clock;
    private readonly WrappedList _campaigns;
    private readonly Label _header;
    private readonly WrappedList _actions;
    private readonly WrappedList _nominees;
    private readonly WrappedList _details;
    private readonly TextPane _pane;
    private readonly FormOverlay _form = new();
    private readonly PickerOverlay _picker = new();
    private readonly CampaignTools _tools;
    private readonly NomineePanel _panel;
    private readonly Label _message;
    private IReadOnlyList<string> _ids = [];
    private IReadOnlyList<ListedAction> _listed = [];
    private CampaignView? _campaign;
    private NominationView? _nominee;

    // The action that one more Enter takes: an action ending the path is confirmed by pressing Enter twice.
    private string? _armed;

    public CampaignsScreen(TuiServices services)
    {
        _text = services.Text;
        _service = services.Campaigns;
        _nominations = services.Nominations;
        _ballots = services.Ballots;
        _scores = services.Scores;
        _catalog = services.Catalog;
        _log = services.Log;
        _clock = services.Clock;
        _tools = new CampaignTools(this, services);
        _panel = new NomineePanel(this, services);
        Title = _text.Campaigns;
        Keys = new KeyTable(
        [
            new(Key.F6, _text.KeyTally, _tools.ShowTally) { Where = _text.KeysOfCampaigns, Applies = () => Ready() && _campaign is { CountsVotes: true } },
            new(Key.F7, _text.KeyHistory, _tools.ShowHistory) { Where = _text.KeysOfCampaigns, Applies = () => Ready() && _campaign is not null },
            new(Key.F8, _text.KeyNominate, _tools.OpenNominate)
            {
                Writes = true,
                Where = _text.KeysOfCampaigns, Applies = () => Ready() && _campaign is not null && _nominee is null, Unavailable = () => _campaign?.NominationClosed,
            },
            new(Key.F9, _text.KeyBallot, _tools.OpenBallot)
            {
                Writes = true,
                Where = _text.KeysOfCampaigns, Applies = () => Ready() && _campaign is { CountsVotes: true } && _nominee is null, Unavailable = () => _campaign?.NominationClosed,
            },
            new(Key.F8, _text.KeyAttest, () => _panel.OpenAttest(_panel.SelectedRule()!))
            {
                Writes = true,
                Where = _text.KeysOfNominee, Applies = () => Ready() && _nominee is not null,
                Offered = () => _panel.SelectedRule() is { Outcome: RuleOutcome.Pending },
                Unavailable = () => _panel.SelectedRule() is not { } r ? _text.ChooseARule : r.Outcome == RuleOutcome.Pending ? null : _text.NothingToAttest(r.RuleId, Verdicts.Chinese(r.Outcome)),
            },
            new(Key.F9, _text.KeyRelax, () => _panel.OpenRelax(_panel.SelectedRule()!))
            {
                Writes = true,
                Where = _text.KeysOfNominee, Applies = () => Ready() && _nominee is not null,
                Offered = () => _panel.SelectedRule() is { Outcome: RuleOutcome.Fail, Kind: RuleKind.Relaxable },
                Unavailable = () => _panel.SelectedRule() is not { } r ? _text.ChooseARule
                    : r is { Outcome: RuleOutcome.Fail, Kind: RuleKind.Relaxable } ? null
                    : r.Outcome == RuleOutcome.Fail ? _text.NotRelaxable(r.RuleId, Verdicts.Chinese(r.Kind)) : _text.NothingToRelax(r.RuleId, Verdicts.Chinese(r.Outcome)),
            },
            new(Key.N.WithCtrl, _text.KeyNewCampaign, _tools.OpenNewCampaign) { Where = _text.KeysOfCampaigns, Applies = Ready, Writes = true },
            new(Key.R.WithCtrl, _text.KeyRefresh, Refresh) { Where = _text.KeysOfCampaigns, Applies = Ready },
        ], services.Access);
        HelpText = Keys.Help(_text.CampaignsKeys);
        var line = Terminal.Gui.Drawing.LineStyle.Single;
        _campaigns = new WrappedList { StepByItem = true, X = 0, Y = 0, Width = 24, Height = Dim.Fill(), BorderStyle = line, Title = _text.Campaigns };
        _header = new Label { X = 25, Y = 0, Width = Dim.Fill(), Height = 2 };
        _actions = new WrappedList { StepByItem = true, X = 24, Y = 2, Width = Dim.Fill(), Height = 9, BorderStyle = line, Title = _text.Actions };
        _nominees = new WrappedList { StepByItem = true, X = 24, Y = Pos.Bottom(_actions), Width = Dim.Fill(), Height = Dim.Fill(1), BorderStyle = line, Title = _text.Nominees };
        _details = new WrappedList { StepByItem = true, X = 24, Y = Pos.Bottom(_actions), Width = Dim.Fill(), Height = Dim.Fill(1), BorderStyle = line, Visible = false };
        _pane = new TextPane { X = 24, Y = 2, Width = Dim.Fill(), Height = Dim.Fill(1), BorderStyle = line, Visible = false };
        _message = new Label { X = 25, Y = Pos.AnchorEnd(1), Width = Dim.Fill(), Height = 1 };
        _campaigns.SelectionChanged += (_, _) =>
        {
            _nominee = null;
            _message.Text = ""; // what was said was about the campaign left
            _actions.SelectedIndex = 0;
            ShowCampaign();
        };
        _actions.ItemActivated += (_, _) => TakeSelected();
        // A nominee's line wraps rather than being cut (its dates, its vote share): the list is read whole at 80 columns.
        _nominees.ItemActivated += (_, _) => OpenNominee();
        _actions.SelectionChanged += (_, _) => _armed = null;
        View = new View { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = true };
        View.Add(_campaigns, _header, _actions, _nominees, _details, _pane, _message, _form, _picker);
        Reload();
    }

    public string Title { get; }

    public View View { get; }

    public string HelpText { get; }

    /// <summary>The who-may-be-nominated list (F8) while it is worked out on a worker.</summary>
    public Task Pending => _tools.Pending;

    public bool IsTyping => _form.HasTyping || _picker.HasTyping;

    /// <summary>The text of the last result or refusal, shown on the status line (and read by tests).</summary>
    public string Message
    {
        get => _message.Text;
        internal set => _message.Text = value;
    }

    /// <summary>The campaign on screen, for the campaign's tools and the nominee panel.</summary>
    internal CampaignView? Campaign => _campaign;

    /// <summary>The nominee opened, if any.</summary>
    internal NominationView? Nominee => _nominee;

    /// <summary>The nominee's recorded items and rules, as listed.</summary>
    internal WrappedList Details => _details;

    /// <summary>Puts the campaign list's cursor on a campaign (after creating one).</summary>
    internal void SelectCampaign(string id) => _campaigns.SelectedIndex = Math.Max(0, _ids.ToList().IndexOf(id));

    /// <summary>The open form, for tests.</summary>
    public FormOverlay Form => _form;

    /// <summary>The open picker (a scheme, a unit, a person, a track…), for the tools and tests.</summary>
    public PickerOverlay Picker => _picker;

    /// <summary>The lines of the action list as shown (workflow actions, then records and tools).</summary>
    public IReadOnlyList<string> ActionLines => _listed.Select(a => a.Line).ToList();

    public void Activate() => _campaigns.SetFocus();

    /// <summary>Puts the cursor of the action list on a line (tests; operators use ↑↓).</summary>
    public void SelectAction(int index)
    {
        _actions.SetFocus();
        _actions.SelectedIndex = index;
    }

    public bool Back()
    {
        if (_picker.IsOpen)
        {
            _picker.Close();
            _message.Text = "";
            _actions.SetFocus();
            return true;
        }

        if (_form.IsOpen)
        {
            _form.Close();
            _actions.SetFocus();
            return true;
        }

        if (_pane.Visible)
        {
            _pane.Visible = false;
            ShowCampaign();
            (_nominee is null ? (View)_nominees : _actions).SetFocus();
            return true;
        }

        if (_nominee is null) return false;
        var left = _nominee.Id;
        _nominee = null;
        ShowCampaign();
        // Back on the nominee just left, not the first of a long list.
        _nominees.SelectedIndex = Math.Max(0, _campaign?.Nominations.ToList().FindIndex(n => n.Id == left) ?? 0);
        _nominees.SetFocus();
        return true;
    }

    /// <summary>Ctrl+R: re-reads everything, so another operator's changes show; what was said before is cleared, as it may no longer hold.</summary>
    private void Refresh()
    {
        _message.Text = "";
        Reload();
    }

    /// <summary>Re-reads the campaigns and the one on screen (after a change, keeping the change's message).</summary>
    internal void Reload()
    {
        var all = _service?.List() ?? [];
        _ids = all.Select(c => c.Id).ToList();
        var items = all.Select(c => $"{c.Year} {c.UnitName}\n  {c.SchemeShortName}·{c.StateName}").ToList();
        _campaigns.Items = items.Count > 0 ? items : [_text.NoCampaigns];
        ShowCampaign();
    }

    public KeyTable Keys { get; }

    public bool HandleKey(Key key) => Keys.Handle(key, why => _message.Text = why);

    /// <summary>The screen's keys work with a database and no form open (a form owns the keyboard).</summary>
    private bool Ready() => _service is not null && !_form.IsOpen && !_picker.IsOpen;

    private void ShowCampaign()
    {
        var index = _campaigns.SelectedIndex ?? 0;
        _campaign = _service is not null && index < _ids.Count ? _service.Show(_ids[index]) : null;
        if (_campaign is null)
        {
            _header.Text = "";
            _listed = [];
            _actions.Items = [];
            _nominees.Items = [];
            return;
        }

        // The campaign view already holds its nominees, freshly evaluated: no second read for the open one.
        if (_nominee is { } open) _nominee = _campaign.Nominations.FirstOrDefault(x => x.Id == open.Id);
        var c = _campaign;
        _header.Text = _text.CampaignHeader(c.SchemeName, c.SchemeVersion, c.Unit, c.Year, c.StateName, c.Version);
        _listed = _nominee is { } n ? _panel.NomineeActions(n) : _tools.CampaignActions(c);
        _actions.Title = _nominee is null ? _text.Actions : $"{_text.Actions} — {_nominee.Name}";
        _actions.Items = _listed.Select(a => a.Line).ToList();
        _nominees.Visible = _nominee is null && !_pane.Visible;
        _details.Visible = _nominee is not null && !_pane.Visible;
        _actions.Visible = !_pane.Visible;
        _nominees.Items = c.Nominations.Select(x => $"{x.Name}  {x.TrackName}  {x.StateName}  {Verdicts.Chinese(x.Eligibility.Verdict)}"
            + (c.Ballots == 0 ? "" : _text.VoteShare(Percent.Of(x.VoteShare, 0), x.VotesConcentrated)) + PeriodOf(x)).ToList();
        if (_nominee is not null)
        {
            _details.Title = $"{_nominee.Name}：{Verdicts.Chinese(_nominee.Eligibility.Verdict)}";
            // Keep the cursor on the same rule although records above it may have been added.
            var rule = _details.SelectedIndex is { } at && at >= _panel.RulesOffset ? at - _panel.RulesOffset : 0;
            _details.Items = _panel.NomineeDetails(_nominee, c.ScoreNames);
            _details.SelectedIndex = _panel.RulesOffset + Math.Min(rule, Math.Max(0, _nominee.Eligibility.Rules.Count - 1));
        }
    }

    /// <summary>Takes a change; see <see cref="Run(Func{string})"/>.</summary>
    internal string? Run(Action change, string done) => Run(() =>
    {
        change();
        return done;
    });

    /// <summary>
    /// Takes a change and shows its result. A refusal shows its Chinese message, changes nothing and is returned,
    /// so a form stays open with what was typed (no lost edit). A file's row-level reasons (<paramref name="rowsInPane"/>)
    /// are too many for that and open a pane instead. The screen is re-read either way, so after a conflict the
    /// operator sees the other change before trying again.
    /// </summary>
    internal string? Run(Func<string> change, bool rowsInPane = false)
    {
        // F8 / F9 on the rules keep the operator on the rules, to go on down the list.
        var inRules = _details.HasFocus;
        try
        {
            _message.Text = change();
        }
        catch (ReserveException ex) when (rowsInPane && ex.Details.Count > 0)
        {
            _message.Text = ex.Message;
            ShowCampaign();
            ShowText(_text.NotWritten(ex.Message), string.Join("\n", ex.Details));
            return null;
        }
        catch (ReserveException ex)
        {
            // Input reasons (one ballot's) are not in the message itself; a rule refusal's reasons already are.
            var why = ex.Code == ErrorCode.BadInput && ex.Details.Count > 0 ? $"{ex.Message}：{string.Join("；", ex.Details)}" : ex.Message;
            _message.Text = why;
            ShowCampaign();
            return why;
        }
        catch (Exception ex) when (_log is not null)
        {
            // Unforeseen: the operator keeps the screen and reads one sentence; the stack goes to the log.
            return _message.Text = _log.Record(ex, "本次操作");
        }

        Reload(); // the campaign list shows each campaign's state too
        (inRules && _details.Visible ? (View)_details : _actions).SetFocus();
        return null;
    }

    /// <summary>A form's own check failed: say why on the screen and in the form, which stays open.</summary>
    internal string Refuse(string why) => _message.Text = why;

    /// <summary>The version of a campaign or nominee as the screen shows it now (re-read after a conflict).</summary>
    internal int Seen(CampaignView c) => _campaign?.Id == c.Id ? _campaign.Version : c.Version;

    internal int Seen(NominationView n) => _nominee?.Id == n.Id ? _nominee.Version : n.Version;

    internal void ShowText(string title, string text)
    {
        _pane.Title = title;
        _pane.Text = text;
        _pane.Visible = true;
        _actions.Visible = false;
        _nominees.Visible = false;
        _details.Visible = false;
        _pane.SetFocus();
    }

    internal string ActionLine(ActionAvailability a) =>
        a.Permitted ? $"[{_text.Permitted}] {a.Name}" + (a.Period is null ? "" : $"（{a.PeriodText(Today)}）") : $"[{_text.HeldBack}] {HeldBack(a)}";

    private DateOnly Today => DateOnly.FromDateTime(_clock.GetLocalNow().Date);

    /// <summary>A nominee in a period (the notice) says its dates on its line in the list.</summary>
    private string PeriodOf(NominationView n) =>
        n.Actions.FirstOrDefault(a => a.Period is not null)?.Period is { } p ? _text.PeriodOnLine(p.Label, p.From, p.Last) : "";

    /// <summary>An action or record that cannot be taken now, and why.</summary>
    internal static string HeldBack(ActionAvailability a) => $"{a.Name}：{string.Join("；", a.Reasons)}";

    private void OpenNominee()
    {
        if (_campaign is null || _nominees.SelectedIndex is not { } i || i >= _campaign.Nominations.Count) return;
        _nominee = _campaign.Nominations[i];
        _actions.SelectedIndex = 0;
        ShowCampaign();
        _details.SelectedIndex = _panel.RulesOffset;
        _actions.SetFocus();
    }

    private void TakeSelected()
    {
        if (_actions.SelectedIndex is { } i && i < _listed.Count) _listed[i].Take();
    }

    /// <summary>A workflow action of the campaign or the nominee; held back ones say why and change nothing.</summary>
    internal void TakeWorkflowAction(ActionAvailability action)
    {
        if (!action.Permitted)
        {
            _message.Text = HeldBack(action);
            return;
        }

        var armKey = $"{_nominee?.Id ?? _campaign!.Id}/{action.Id}";
        if (action.Final && _armed != armKey)
        {
            _armed = armKey;
            _message.Text = _text.ConfirmFinal(action.Name);
            return;
        }

        // Ending a phase for everyone (结束推荐, 结束公示) while nominees still have steps of it: said, and taken on a second Enter.
        if (_nominee is null && !action.Final && _armed != armKey && action.LeavesBehind > 0)
        {
            _armed = armKey;
            _message.Text = _text.ConfirmPhaseEnd(action.Name, action.LeavesBehind, _campaign!.StateName);
            return;
        }

        _armed = null;
        var done = $"{_text.Done}：{action.Name}";
        if (_nominee is { } n)
        {
            if (action.Id == Conventions.Debrief) _panel.OpenDebrief(n, action);
            else if (action.NoteRequired) _panel.OpenActionNote(n, action);
            else Run(() => _nominations!.ActNomination(n.Id, action.Id, expectedVersion: n.Version), done);
            return;
        }

        var c = _campaign!;
        if (action.Id == Conventions.Publish) _tools.OpenPublication(c, action);
        else Run(() => _service!.Act(c.Id, action.Id, expectedVersion: c.Version), done);
    }
}
