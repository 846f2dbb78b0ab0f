using System.Collections.ObjectModel;
using ReserveTui.Hosting;
using ReserveTui.Services;
using ReserveTui.Services.Pool;
using ReserveTui.Tui.Widgets;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace ReserveTui.Tui.Screens;

/// <summary>
/// 人才库: the reserves of every scheme, sorted by unit then name, with a filter. Enter opens a reserve's file with
/// what the rules say today (promotion held back and why, removals proposed) and the lines that act on it: training,
/// appraisal, talk, report and exam records, promotion, removal, the 档案 document. F6 shows the structure dashboard
/// of a scheme and unit (结构分析) and saves it as a document.
/// </summary>
internal sealed class PoolScreen : IScreen
{
    private readonly UiText _text;
    private readonly PoolService? _pool;
    private readonly DocumentService? _documents;
    private readonly string _documentsFolder;
    private readonly ErrorLog? _log;
    private readonly TextField _filter;
    private readonly Label _count;
    private readonly ListView _list;
    private readonly TextPane _file;
    private readonly ListView _actions;
    private readonly Label _message;
    private readonly FormOverlay _form = new();
    /// <summary>Longest filter: longer than any name, unit or track it could match.</summary>
    public const int FilterLimit = FilterBox.Limit;

    private IReadOnlyList<ReserveRow> _all = [];
    private IReadOnlyList<ReserveRow> _shown = [];
    private ReserveFile? _open;
    private List<(string Line, Action Act)> _lines = [];

    public PoolScreen(TuiServices services)
    {
        _text = services.Text;
        _pool = services.Pool;
        _documents = services.Documents;
        _documentsFolder = services.DocumentsFolder;
        _log = services.Log;
        Title = _text.Pool;
        var label = new Label { X = 0, Y = 0, Text = _text.Filter };
        _filter = new TextField { X = Pos.Right(label), Y = 0, Width = 24 };
        _count = new Label { X = Pos.Right(_filter) + 2, Y = 0, Width = Dim.Fill() };
        _list = new ListView { X = 0, Y = 1, Width = Dim.Fill(), Height = Dim.Fill(1), BorderStyle = Terminal.Gui.Drawing.LineStyle.Single, Title = _text.PoolHeaders };
        _file = new TextPane { X = 0, Y = 1, Width = Dim.Fill(), Height = Dim.Fill(10), BorderStyle = Terminal.Gui.Drawing.LineStyle.Single, Visible = false };
        _actions = new ListView { X = 0, Y = Pos.AnchorEnd(10), Width = Dim.Fill(), Height = 9, BorderStyle = Terminal.Gui.Drawing.LineStyle.Single, Title = _text.Actions, Visible = false };
        _message = new Label { X = 1, Y = Pos.AnchorEnd(1), Width = Dim.Fill(), Height = 1 };
        ListEdges.Contain(_list);
        ListEdges.Contain(_actions);
        FilterBox.Bound(_filter, () => _message.Text = _text.FilterTooLong(FilterLimit));
        _filter.KeyDown += (_, key) =>
        {
            if (key != Key.Enter && key != Key.CursorDown) return;
            ApplyFilter();
            _list.SetFocus();
            key.Handled = true;
        };
        _filter.TextChanged += (_, _) => ApplyFilter();
        _list.KeyDown += (_, key) =>
        {
            if (key != Key.Enter) return;
            OpenFile();
            key.Handled = true;
        };
        _actions.KeyDown += (_, key) =>
        {
            if (key != Key.Enter || _actions.SelectedItem is not { } i || i >= _lines.Count) return;
            _lines[i].Act();
            key.Handled = true;
        };
        Keys = new KeyTable(
        [
            new(new Key('/'), _text.KeyFilter, () => _filter.SetFocus()) { Applies = () => !IsTyping && !_form.IsOpen && !_file.Visible },
            new(Key.F6, _text.KeyDashboard, OpenDashboard) { Applies = () => _pool is not null && !_form.IsOpen },
        ], services.Access);
        HelpText = Keys.Help(_text.PoolKeys);
        View = new View { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = true };
        View.Add(label, _filter, _count, _list, _file, _actions, _message, _form);
        Reload();
    }

    public string Title { get; }

    public View View { get; }

    public string HelpText { get; }

    public KeyTable Keys { get; }

    public bool IsTyping => _filter.HasFocus || _form.HasTyping;

    public string Message => _message.Text;

    public FormOverlay Form => _form;

    /// <summary>What the list shows, for tests.</summary>
    public IReadOnlyList<ReserveRow> Shown => _shown;

    /// <summary>The open file's or dashboard's text, for tests.</summary>
    public string Details => _file.Visible ? _file.Text : "";

    public IReadOnlyList<string> ActionLines => _lines.Select(l => l.Line).ToList();

    public void Activate() => _list.SetFocus();

    public bool HandleKey(Key key) => Keys.Handle(key, m => _message.Text = m);

    public bool Back()
    {
        if (_form.IsOpen)
        {
            _form.Close();
            (_file.Visible ? _actions : _list).SetFocus();
            return true;
        }

        if (_file.Visible)
        {
            CloseFile();
            return true;
        }

        if (_filter.HasFocus || !string.IsNullOrEmpty(_filter.Text))
        {
            _filter.Text = "";
            ApplyFilter();
            _list.SetFocus();
            return true;
        }

        return false;
    }

    /// <summary>Selects the line whose action contains <paramref name="text"/> and takes it (tests, and Enter on the line).</summary>
    public void Choose(string text)
    {
        var i = _lines.FindIndex(l => l.Line.Contains(text, StringComparison.Ordinal));
        if (i < 0) throw new InvalidOperationException($"no action line with {text}: {string.Join(" | ", ActionLines)}");
        _actions.SelectedItem = i;
        _lines[i].Act();
    }

    /// <summary>Opens the file of the reserve at <paramref name="index"/> in the list (tests).</summary>
    public void Open(int index)
    {
        _list.SelectedItem = index;
        OpenFile();
    }

    private void Reload()
    {
        try
        {
            _all = _pool?.List(new PoolFilter()) ?? [];
        }
        catch (ReserveException ex)
        {
            _all = [];
            _message.Text = ex.Message;
        }

        ApplyFilter();
    }

    private void ApplyFilter()
    {
        // Bounded work per key: the filter is a substring test over the rows already read, not a query.
        var f = (_filter.Text ?? "").Trim();
        if (f.Length > FilterLimit) f = f[..FilterLimit];
        _shown = f.Length == 0 ? _all : _all.Where(r => Matches(r, f)).ToList();
        var lines = _shown.Select(Line).ToList();
        _list.SetSource(new ObservableCollection<string>(lines.Count > 0 ? lines : [_all.Count == 0 ? _text.NoReserves : _text.NoMatch]));
        _list.SelectedItem = 0;
        _count.Text = _text.PoolCount(_shown.Count, _all.Count, _all.Count(r => r.ReviewDue));
    }

    private static bool Matches(ReserveRow r, string f) =>
        r.Name.Contains(f, StringComparison.Ordinal) || (r.Unit ?? "").Contains(f, StringComparison.Ordinal) || r.TrackName.Contains(f, StringComparison.Ordinal)
        || r.SchemeName.Contains(f, StringComparison.Ordinal) || r.Status.Contains(f, StringComparison.Ordinal) || r.StatusCode == f;

    private string Line(ReserveRow r) =>
        TextColumns.Pad(r.Name, 9) + TextColumns.Pad(r.Unit ?? "—", 11) + TextColumns.Pad(r.TrackName, 11)
        + $"{r.AdmittedOn:yyyy-MM-dd} {(r.PeriodEnd is { } e ? e.ToString("yyyy-MM-dd") : TextColumns.Pad("—", 10))} "
        + r.Status + (r.ReviewDue ? _text.ReviewDueMark : "");

    private void OpenFile()
    {
        if (_pool is null || _list.SelectedItem is not { } i || i >= _shown.Count) return;
        ShowFile(_shown[i].Id);
    }

    private void ShowFile(string id)
    {
        try
        {
            _open = _pool!.Show(id);
        }
        catch (ReserveException ex)
        {
            _message.Text = ex.Message;
            return;
        }

        _file.Title = _text.ReserveFileTitle(_open.Reserve.Name);
        _file.Text = string.Join("\n", ReserveFileText.Lines(_open));
        _lines = FileActions(_open);
        ShowPanes();
    }

    /// <summary>The file (or dashboard) above, its action lines below, the list of lines only as tall as it needs.</summary>
    private void ShowPanes()
    {
        _actions.SetSource(new ObservableCollection<string>(_lines.Select(l => l.Line)));
        _actions.SelectedItem = 0;
        var height = Math.Min(Math.Max(_lines.Count, 1), 7) + 2;
        (_actions.Height, _actions.Y, _file.Height) = (height, Pos.AnchorEnd(height + 1), Dim.Fill(height + 1));
        (_list.Visible, _file.Visible, _actions.Visible) = (false, true, true);
        _actions.SetFocus();
    }

    private void CloseFile()
    {
        var was = _open?.Reserve.Id ?? (_list.SelectedItem is { } i && i < _shown.Count ? _shown[i].Id : null);
        (_file.Visible, _actions.Visible, _list.Visible) = (false, false, true);
        _open = null;
        _lines = [];
        Reload();
        // Back where the operator was, not at the top of a long list.
        var at = _shown.ToList().FindIndex(r => r.Id == was);
        if (at >= 0) _list.SelectedItem = at;
        _list.SetFocus();
    }

    private List<(string Line, Action Act)> FileActions(ReserveFile f)
    {
        var lines = new List<(string, Action)>();
        var inPool = f.Reserve.Status == ReserveStatuses.InPool;
        if (inPool)
        {
            lines.Add((_text.ToolAppraisal, () => OpenRecord(PoolRecordKinds.Appraisal)));
            lines.Add((_text.ToolTraining, () => OpenRecord(PoolRecordKinds.Training)));
            lines.Add((_text.ToolTalk, () => OpenRecord(PoolRecordKinds.Talk)));
            lines.Add((_text.ToolReport, () => OpenRecord(PoolRecordKinds.Report)));
            lines.Add((_text.ToolExam, () => OpenRecord(PoolRecordKinds.Exam)));
            lines.Add(f.PromotionBlockers.Count == 0
                ? (_text.ToolPromote, OpenPromote)
                : (_text.ToolPromoteHeld(string.Join("；", f.PromotionBlockers)), () => _message.Text = string.Join("；", f.PromotionBlockers)));
            foreach (var p in f.Proposals) lines.Add((_text.ToolRemoveProposed(p.ReasonText), () => OpenRemove(p.ReasonId)));
            lines.Add((_text.ToolRemove, () => OpenRemove(null)));
        }

        if (_documents is not null) lines.Add((_text.ToolDocument(_text.DocumentName(DocumentKind.Find("dossier")!)), SaveDossier));
        return lines;
    }

    private void OpenRecord(string kind)
    {
        var f = _open!;
        var (labels, hint) = kind switch
        {
            PoolRecordKinds.Appraisal => (_text.AppraisalFields, _text.AppraisalHint),
            PoolRecordKinds.Training => (_text.TrainingFields, _text.TrainingHint(f.TrainingForms)),
            PoolRecordKinds.Talk => (_text.TalkFields, _text.DateHint),
            PoolRecordKinds.Report => (_text.PoolReportFields, _text.PoolReportHint(PoolRecordKinds.ReportMatters)),
            _ => (_text.ExamFields, _text.ExamHint),
        };
        _form.Open(_text.RecordTitle(PoolRecordKinds.Chinese(kind), f.Reserve.Name), labels, hint, v =>
        {
            if (!FormDate.TryRead(v[0], _text.DateField, out var on, out var problem)) return _message.Text = _text.NotRecorded(problem);
            PoolRecordInput input;
            try
            {
                input = kind switch
                {
                    PoolRecordKinds.Appraisal => new PoolRecordInput(kind, on)
                    {
                        FitShare = OperatorInput.RequireShare(v[1], "称职比例"), BasicallyFitShare = OperatorInput.RequireShare(v[2], "基本称职比例", true),
                        UnfitShare = OperatorInput.RequireShare(v[3], "不称职比例", true), Text = v[4],
                    },
                    PoolRecordKinds.Training => new PoolRecordInput(kind, on) { Form = v[1], Text = v[2] },
                    PoolRecordKinds.Talk => new PoolRecordInput(kind, on) { Who = v[1], Text = v[2] },
                    PoolRecordKinds.Report => new PoolRecordInput(kind, on) { Form = v[1], Text = v[2] },
                    _ => new PoolRecordInput(kind, on) { Score = Score(v[1]), Passed = Passed(v[2]), Text = v[3] },
                };
            }
            catch (ReserveException ex)
            {
                return _message.Text = ex.Message;
            }

            return Save(() => _pool!.Record(f.Reserve.Id, input, Seen()), _text.Recorded(PoolRecordKinds.Chinese(kind), f.Reserve.Name));
        });
    }

    private void OpenPromote()
    {
        var f = _open!;
        _form.Open(_text.PromoteTitle(f.Reserve.Name), _text.PromoteFields, _text.DateHint, v =>
        {
            if (!FormDate.TryRead(v[1], _text.DateField, out var on, out var problem)) return _message.Text = _text.NotRecorded(problem);
            return Save(() => _pool!.Promote(f.Reserve.Id, v[0], on, Seen()), _text.Promoted(f.Reserve.Name));
        });
    }

    private void OpenRemove(string? proposed)
    {
        var f = _open!;
        var reasons = f.RemovalReasons;
        _form.Open(_text.RemoveTitle(f.Reserve.Name), _text.RemoveFields, _text.RemoveHint(reasons.Select((r, i) => $"{i + 1} {r.Text}{(r.NoteRequired ? "*" : "")}")), v =>
        {
            var reason = int.TryParse(v[0].Trim(), out var n) && n >= 1 && n <= reasons.Count ? reasons[n - 1].Id : v[0].Trim();
            if (!FormDate.TryRead(v[2], _text.DateField, out var on, out var problem)) return _message.Text = _text.NotRecorded(problem);
            return Save(() => _pool!.Remove(f.Reserve.Id, reason, v[1], on, Seen()), _text.Removed(f.Reserve.Name));
        });
        var index = proposed is null ? -1 : reasons.ToList().FindIndex(r => r.Id == proposed);
        if (index >= 0) _form.Fill((index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Saves; a refusal is returned so the form stays open with what was typed.</summary>
    private string? Save(Func<ReserveFile> change, string done)
    {
        try
        {
            var f = change();
            ShowFile(f.Reserve.Id);
            _message.Text = done + (f.Proposals.Count > 0 ? _text.ProposalNotice(f.Proposals[0].ReasonText) : "");
            return null;
        }
        catch (ReserveException ex)
        {
            // Someone else changed the reserve: the file on screen is re-read (what they did shows), the form keeps
            // what was typed, and the next Enter saves against the version now shown.
            if (ex.Code == ErrorCode.Conflict && _open is { } shown) Refresh(shown.Reserve.Id);
            return _message.Text = ex.Message;
        }
        catch (Exception ex) when (_log is not null)
        {
            return _message.Text = _log.Record(ex, "人才库");
        }
    }

    /// <summary>The version of the reserve as the file on screen shows it.</summary>
    private int Seen() => _open?.Reserve.Version ?? 0;

    private void Refresh(string id)
    {
        try
        {
            _open = _pool!.Show(id);
            _file.Text = string.Join("\n", ReserveFileText.Lines(_open));
        }
        catch (ReserveException)
        {
            // The refusal already on the status line says enough.
        }
    }

    private void SaveDossier()
    {
        var f = _open!;
        var kind = DocumentKind.Find("dossier")!;
        // The whole id: reserves admitted in one batch share their ids' first characters.
        var name = $"{kind.Name}-{Safe(f.Reserve.Name)}-{f.Reserve.Id}";
        SaveDocument(kind, new DocumentRequest(kind.Id) { Reserve = f.Reserve.Id }, name, () =>
        {
            _file.Text = string.Join("\n", ReserveFileText.Lines(f));
            return _file;
        });
    }

    /// <summary>F6: the structure dashboard of a scheme and unit, shown and saved as 结构分析表.</summary>
    private void OpenDashboard()
    {
        var selected = _file.Visible ? _open?.Reserve : _list.SelectedItem is { } i && i < _shown.Count ? _shown[i] : null;
        _form.Open(_text.DashboardTitle, _text.DashboardFields, _text.DashboardHint, v =>
        {
            var scheme = v[0].Trim();
            var unit = string.IsNullOrWhiteSpace(v[1]) ? null : v[1].Trim();
            try
            {
                var report = _pool!.Gaps(scheme, unit);
                _file.Title = _text.DashboardTitle;
                _file.Text = string.Join("\n", ReserveFileText.GapLines(report));
                _open = null;
                _lines = [];
                if (_documents is not null)
                {
                    var kind = DocumentKind.Find("structure")!;
                    _lines.Add((_text.ToolDocument(_text.DocumentName(kind)), () => SaveDocument(kind, new DocumentRequest(kind.Id) { Scheme = scheme, Unit = unit },
                        $"{kind.Name}-{scheme}-{Safe(unit ?? "全部单位")}", () => _file)));
                    var roster = DocumentKind.Find("roster")!;
                    _lines.Add((_text.ToolDocument(_text.DocumentName(roster)), () => SaveDocument(roster, new DocumentRequest(roster.Id) { Scheme = scheme, Unit = unit, Status = "in-pool" },
                        $"{roster.Name}-{scheme}-{Safe(unit ?? "全部单位")}", () => _file)));
                }

                ShowPanes();
                _message.Text = report.Seek.Count == 0 ? _text.NoGaps : _text.GapsFound(report.Seek.Count);
                return null;
            }
            catch (ReserveException ex)
            {
                return _message.Text = ex.Message;
            }
        });
        _form.Fill(selected?.SchemeId ?? "", selected?.Unit ?? "");
    }

    /// <summary>A pool document saved whole as .docx, .md and (for tables) .xlsx; the paths at the end of the pane.</summary>
    private void SaveDocument(DocumentKind kind, DocumentRequest request, string name, Func<TextPane> pane)
    {
        try
        {
            var files = _documents!.SaveForPaper(request, _documentsFolder, name);
            var shown = pane();
            shown.Text = shown.Text.TrimEnd() + "\n\n" + _text.SavedFiles(files);
            _message.Text = _text.DocumentSaved(DocumentService.PaperFormats(kind));
        }
        catch (Exception ex) when (ex is ReserveException or IOException or UnauthorizedAccessException)
        {
            _message.Text = ex.Message;
        }
        catch (Exception ex) when (_log is not null)
        {
            _message.Text = _log.Record(ex, "人才库文档");
        }
    }

    private static string Safe(string text) => string.Concat(text.Select(ch => Path.GetInvalidFileNameChars().Contains(ch) ? '_' : ch));

    private static decimal? Score(string text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : decimal.TryParse(text.Trim(), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var s) ? s
        : throw new ReserveException(ErrorCode.Usage, $"分数应为数字，“{OperatorInput.Echo(text)}”不是");

    private static bool? Passed(string text) => text.Trim() switch
    {
        "合格" or "是" or "通过" => true,
        "不合格" or "否" or "未通过" => false,
        "" => null,
        _ => throw new ReserveException(ErrorCode.Usage, $"是否合格应填“合格”或“不合格”，“{OperatorInput.Echo(text)}”不是"),
    };
}
