using System.Collections.ObjectModel;
using ReserveSdk;
using ReserveTui.Hosting;
using ReserveTui.Services.Campaigns;
using ReserveTui.Tui.Widgets;
using ReserveTui.Workflow;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

using ReserveTui.Services;

namespace ReserveTui.Tui.Screens;

/// <summary>
/// 选拔批次: campaigns on the left; on the right the chosen campaign's actions (permitted or held back, with the
/// guards' reasons) and its nominees. Enter on a nominee shows its rule-by-rule eligibility and its own actions.
/// Every action is taken through <see cref="CampaignService"/> with the version on screen, so a stale screen
/// is refused rather than overwriting another operator's change.
/// </summary>
internal sealed class CampaignsScreen : IScreen
{
    private readonly UiText _text;
    private readonly CampaignService? _service;
    private readonly ListView _campaigns;
    private readonly Label _header;
    private readonly ListView _actions;
    private readonly ListView _nominees;
    private readonly ListView _rules;
    private readonly TextPane _pane;
    private readonly FormOverlay _form = new();
    private readonly Label _message;
    private IReadOnlyList<string> _ids = [];
    private CampaignView? _campaign;
    private NominationView? _nominee;

    public CampaignsScreen(TuiServices services)
    {
        _text = services.Text;
        _service = services.Campaigns;
        Title = _text.Campaigns;
        HelpText = _text.CampaignsKeys;
        _campaigns = new ListView { X = 0, Y = 0, Width = 24, Height = Dim.Fill(), BorderStyle = Terminal.Gui.Drawing.LineStyle.Single, Title = _text.Campaigns };
        _header = new Label { X = 25, Y = 0, Width = Dim.Fill(), Height = 2 };
        _actions = new ListView { X = 24, Y = 2, Width = Dim.Fill(), Height = 8, BorderStyle = Terminal.Gui.Drawing.LineStyle.Single, Title = _text.Actions };
        _nominees = new ListView { X = 24, Y = Pos.Bottom(_actions), Width = Dim.Fill(), Height = Dim.Fill(1), BorderStyle = Terminal.Gui.Drawing.LineStyle.Single, Title = _text.Nominees };
        _rules = new ListView { X = 24, Y = Pos.Bottom(_actions), Width = Dim.Fill(), Height = Dim.Fill(1), BorderStyle = Terminal.Gui.Drawing.LineStyle.Single, Visible = false };
        _pane = new TextPane { X = 24, Y = Pos.Bottom(_actions), Width = Dim.Fill(), Height = Dim.Fill(1), BorderStyle = Terminal.Gui.Drawing.LineStyle.Single, Visible = false };
        _message = new Label { X = 25, Y = Pos.AnchorEnd(1), Width = Dim.Fill(), Height = 1 };
        _campaigns.ValueChanged += (_, _) => { _nominee = null; ShowCampaign(); };
        _actions.KeyDown += (_, key) => { if (key == Key.Enter) { TakeAction(); key.Handled = true; } };
        _nominees.KeyDown += (_, key) => { if (key == Key.Enter) { OpenNominee(); key.Handled = true; } };
        View = new View { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = true };
        View.Add(_campaigns, _header, _actions, _nominees, _rules, _pane, _message, _form);
        Reload();
    }

    public string Title { get; }

    public View View { get; }

    public string HelpText { get; }

    public bool IsTyping => _form.HasTyping;

    /// <summary>The text of the last result or refusal, for tests and the status line.</summary>
    public string Message => _message.Text;

    public void Activate() => _campaigns.SetFocus();

    public bool Back()
    {
        if (_form.IsOpen)
        {
            _form.Close();
            _rules.SetFocus();
            return true;
        }

        if (_pane.Visible)
        {
            _pane.Visible = false;
            ShowCampaign();
            _nominees.SetFocus();
            return true;
        }

        if (_nominee is null) return false;
        _nominee = null;
        ShowCampaign();
        _nominees.SetFocus();
        return true;
    }

    /// <summary>F5: re-reads everything, so another operator's changes show.</summary>
    public void Reload()
    {
        var selected = _campaigns.SelectedItem ?? 0;
        var all = _service?.List() ?? [];
        _ids = all.Select(c => c.Id).ToList();
        var items = all.Select(c => $"{c.Year} {c.UnitName} {c.SchemeId}").ToList();
        _campaigns.SetSource(new ObservableCollection<string>(items.Count > 0 ? items : [_text.NoCampaigns]));
        _campaigns.SelectedItem = Math.Min(selected, Math.Max(0, items.Count - 1));
        ShowCampaign();
    }

    private void ShowCampaign()
    {
        var index = _campaigns.SelectedItem ?? 0;
        _campaign = _service is not null && index < _ids.Count ? _service.Show(_ids[index]) : null;
        if (_campaign is null)
        {
            _header.Text = "";
            _actions.SetSource(new ObservableCollection<string>());
            _nominees.SetSource(new ObservableCollection<string>());
            return;
        }

        if (_nominee is not null) _nominee = _service!.ShowNomination(_nominee.Id);
        var c = _campaign;
        _header.Text = $"{c.SchemeName} v{c.SchemeVersion}\n{c.Unit} {c.Year} 年  当前：{c.StateName}  版本 {c.Version}";
        var actions = _nominee?.Actions ?? c.Actions;
        _actions.Title = _nominee is null ? _text.Actions : $"{_text.Actions} — {_nominee.Name}";
        _actions.SetSource(new ObservableCollection<string>(actions.Select(ActionLine)));
        _actions.SelectedItem = actions.Count > 0 ? 0 : null;
        _nominees.Visible = _nominee is null && !_pane.Visible;
        _rules.Visible = _nominee is not null && !_pane.Visible;
        _nominees.SetSource(new ObservableCollection<string>(c.Nominations.Select(n => $"{n.Name}  {n.TrackName}  {n.StateName}  {Verdicts.Chinese(n.Eligibility.Verdict)}  得票 {Percent.Of(n.VoteShare, 0)}")));
        _nominees.SelectedItem = c.Nominations.Count > 0 ? 0 : null;
        if (_nominee is not null)
        {
            _rules.Title = $"{_nominee.Name}：{Verdicts.Chinese(_nominee.Eligibility.Verdict)}";
            var keep = _rules.SelectedItem ?? 0;
            _rules.SetSource(new ObservableCollection<string>(_nominee.Eligibility.Rules.Select(r => $"[{Verdicts.Chinese(r.Outcome)}] {r.RuleId}：{r.Explanation}〔{r.Citation}〕")));
            _rules.SelectedItem = Math.Min(keep, Math.Max(0, _nominee.Eligibility.Rules.Count - 1));
        }
    }

    /// <summary>F6 计票 / F7 全程记实 / F8 认定 / F9 放宽 — the screen's own keys, routed here by the shell.</summary>
    public bool HandleKey(Key key)
    {
        if (_service is null || _form.IsOpen) return false;
        if (key == Key.N.WithCtrl)
        {
            _form.Open("新建选拔批次", ["方案 id", "单位", "年度", "基准日"], "方案 id 如 street；基准日 YYYY-MM-DD，可空（默认 6 月 30 日）  Enter 确认  Esc 取消", NewCampaign);
            return true;
        }

        if (_campaign is null) return false;
        if (key == Key.F8 && _nominee is null)
            _form.Open("提名人选", ["人员", "后备类别", "推荐渠道"], "人员填姓名或身份证号；类别、渠道填中文名或 id  Enter 确认  Esc 取消",
                v => Run(() => _service.Nominate(_campaign.Id, v[0], v[1], v[2]), $"已提名：{v[0]}"));
        else if (key == Key.F9 && _nominee is null)
            _form.Open("录入推荐票", ["投票人类别", "推荐人选"], "类别：班子成员、中层干部、普通党员、群众、离退休干部；人选用 、 分隔  Enter 确认  Esc 取消",
                v => Run(() => _service.AddBallot(_campaign.Id, v[0], v[1].Split(['、', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)), "已录入 1 张推荐票"));
        else if (key == Key.F6) ShowText(_text.TallyTitle, TallyText());
        else if (key == Key.F7) ShowText(_text.HistoryTitle, string.Join("\n", _service.History(_campaign.Id).Select(e => $"{e.At.ToLocalTime():MM-dd HH:mm} {e.Operator} {e.Action} {e.Data}")));
        else if (key == Key.F8 && SelectedRule() is { } attest) Run(() => _service.Attest(_nominee!.Id, attest.RuleId, null, _nominee.Version), $"已认定：{attest.RuleId}");
        else if (key == Key.F9 && SelectedRule() is { } relax)
            _form.Open($"放宽 {relax.RuleId}", ["理由", "批准人"], "Enter 下一项/确认  Esc 取消",
                v => Run(() => _service.Relax(_nominee!.Id, relax.RuleId, v[0], v[1], _nominee.Version), $"已放宽：{relax.RuleId}"));
        else return false;
        return true;
    }

    /// <summary>The open form, for tests.</summary>
    public FormOverlay Form => _form;

    private RuleResult? SelectedRule() =>
        _nominee is not null && _rules.SelectedItem is { } i && i < _nominee.Eligibility.Rules.Count ? _nominee.Eligibility.Rules[i] : null;

    private void NewCampaign(IReadOnlyList<string> v)
    {
        DateOnly? on = DateOnly.TryParseExact(v[3].Trim(), "yyyy-MM-dd", out var d) ? d : null;
        if (!int.TryParse(v[2].Trim(), out var year))
        {
            _message.Text = $"年度应为数字：{v[2]}";
            return;
        }

        Run(() => _service!.New(v[0].Trim(), v[1].Trim(), year, on), "已新建选拔批次");
        Reload();
        _campaigns.SelectedItem = Math.Max(0, _ids.Count - 1);
    }

    private void Run(Action change, string done)
    {
        try
        {
            change();
            _message.Text = done;
        }
        catch (ReserveException ex)
        {
            _message.Text = ex.Message;
        }

        ShowCampaign();
        (_nominee is null ? (View)_actions : _rules).SetFocus();
    }

    private void ShowText(string title, string text)
    {
        _pane.Title = title;
        _pane.Text = text;
        _pane.Visible = true;
        _nominees.Visible = false;
        _rules.Visible = false;
        _pane.SetFocus();
    }

    private string TallyText()
    {
        var t = _service!.Tally(_campaign!.Id);
        var lines = t.Categories.Append(new("合计", t.Overall)).Select(kv =>
            $"{kv.Key}（{kv.Value.Ballots} 票）：" + string.Join("  ", kv.Value.Votes.Select(v => $"{v.Key} {v.Value}（{Percent.Of(kv.Value.Shares[v.Key], 1)}）"))).ToList();
        if (t.Below.Count > 0) lines.Add($"低于集中度门槛 {Percent.Of(t.Threshold, 0)}（宁缺勿滥）：{string.Join("、", t.Below)}");
        return string.Join("\n", lines);
    }

    private string ActionLine(ActionAvailability a) =>
        a.Permitted ? $"[{_text.Permitted}] {a.Name}" : $"[{_text.HeldBack}] {a.Name}：{string.Join("；", a.Reasons)}";

    private void OpenNominee()
    {
        if (_campaign is null || _nominees.SelectedItem is not { } i || i >= _campaign.Nominations.Count) return;
        _nominee = _campaign.Nominations[i];
        ShowCampaign();
        _rules.SelectedItem = 0;
        _actions.SetFocus();
    }

    private void TakeAction()
    {
        if (_campaign is null || _service is null || _actions.SelectedItem is not { } i) return;
        var actions = _nominee?.Actions ?? _campaign.Actions;
        if (i >= actions.Count) return;
        var action = actions[i];
        if (!action.Permitted)
        {
            // Held back: say why, change nothing.
            _message.Text = $"{action.Name}：{string.Join("；", action.Reasons)}";
            return;
        }

        if (_nominee is null && action.Id == "publish")
        {
            var keys = CampaignService.PublicationKeys;
            _form.Open("选拔前公开（第一篇 3.一）", keys.Select(CampaignService.PublicationName).ToList(), "六项都须填写  Enter 下一项/确认  Esc 取消",
                v => Run(() => _service.Act(_campaign.Id, "publish", publication: keys.Zip(v).ToDictionary(x => x.First, x => x.Second), expectedVersion: _campaign.Version), $"{_text.Done}：{action.Name}"));
            return;
        }

        try
        {
            if (_nominee is { } n) _service.ActNomination(n.Id, action.Id, expectedVersion: n.Version);
            else _service.Act(_campaign.Id, action.Id, expectedVersion: _campaign.Version);
            _message.Text = $"{_text.Done}：{action.Name}";
        }
        catch (ReserveException ex)
        {
            _message.Text = ex.Message;
        }

        var keep = _actions.SelectedItem;
        ShowCampaign();
        if (keep < (_nominee?.Actions ?? _campaign!.Actions).Count) _actions.SelectedItem = keep;
    }
}
