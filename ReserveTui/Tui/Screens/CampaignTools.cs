using ReserveSdk;
using ReserveTui.Tui.Widgets;
using ReserveTui.Services;
using ReserveTui.Services.Campaigns;

namespace ReserveTui.Tui.Screens;

/// <summary>
/// The campaign view's action list after its workflow actions — the plan's approval, nominating, ballots, files, the
/// tally, targets, scores, the record — and the forms and panes they open. Every change goes through the screen's Run.
/// </summary>
internal sealed class CampaignTools
{
    private readonly CampaignsScreen _screen;
    private readonly UiText _text;
    private readonly FormOverlay _form;
    private readonly PickerOverlay _picker;
    private readonly NominationPicker? _nominating;
    private readonly UnitService? _units;
    private readonly TimeProvider _clock;
    private readonly CampaignService? _service;
    private readonly NominationService? _nominations;
    private readonly BallotService? _ballots;
    private readonly ScoreService? _scores;
    private readonly Plugins.SchemeCatalog _catalog;
    private readonly DocumentService? _documents;
    private readonly string _documentsFolder;

    public CampaignTools(CampaignsScreen screen, TuiServices services)
    {
        _screen = screen;
        _text = services.Text;
        _form = screen.Form;
        _picker = screen.Picker;
        _units = services.Units;
        _clock = services.Clock;
        _nominating = services.Nominations is { } nominations ? new NominationPicker(_picker, _text, nominations, services.Background, services.AfterStorageFault) : null;
        _service = services.Campaigns;
        _nominations = services.Nominations;
        _ballots = services.Ballots;
        _scores = services.Scores;
        _catalog = services.Catalog;
        _documents = services.Documents;
        _documentsFolder = services.DocumentsFolder;
    }

    /// <summary>Which of the campaign's documents have something to say at this point of its procedure.</summary>
    private bool Applies(string document, CampaignView c) => document switch
    {
        "ballot" or "tally" => c.CountsVotes,
        "ranking" => c.Scored,
        "registration" => _catalog.Find(c.SchemeId)?.Definition.RegistrationDocuments.Count > 0,
        "notice" => c.Nominations.Any(n => n.Marks.ContainsKey(Conventions.Publicize)),
        _ => true,
    };

    /// <summary>
    /// A campaign document as the templates render it, in the pane, and saved whole under documents/: .docx to print
    /// (GB/T 9704), .md to read and compare, and .xlsx for the tables.
    /// </summary>
    private void ShowDocument(DocumentKind kind)
    {
        var c = _screen.Campaign!;
        try
        {
            var text = _documents!.Campaign(kind.Id, c.Id, "txt").Text!;
            // A unit's name may hold characters a file name cannot.
            var unit = string.Concat(c.Unit.Select(ch => Path.GetInvalidFileNameChars().Contains(ch) ? '_' : ch));
            var files = _documents.SaveForPaper(new DocumentRequest(kind.Id) { Campaign = c.Id }, _documentsFolder, $"{kind.Name}-{unit}-{c.Year}-{c.Id[..Math.Min(6, c.Id.Length)]}");
            _screen.ShowText(_text.DocumentName(kind), text.TrimEnd() + "\n\n" + _text.SavedFiles(files));
            _screen.Message = _text.DocumentSaved(DocumentService.PaperFormats(kind));
        }
        catch (Exception ex) when (ex is Hosting.ReserveException or IOException or UnauthorizedAccessException)
        {
            _screen.Message = ex.Message;
        }
    }

    internal List<ListedAction> CampaignActions(CampaignView c)
    {
        var listed = c.Actions.Select(a => new ListedAction(_screen.ActionLine(a), () => _screen.TakeWorkflowAction(a))).ToList();
        // 第一篇 4.二: the approval publication waits for comes first while it can still change; afterwards it is
        // one line of record at the end.
        if (c.PlanApprovalOpen) listed.Add(new(_text.ToolApprove(c.PlanApproval is not null), () => OpenApproval(c)));
        if (!c.Finished)
        {
            // A finished campaign is read, not entered into: its entry tools are left out rather than held back.
            listed.Add(Tool(_text.TagEnter, _text.ToolNominateName, c.NominationClosed, OpenNominate));
            if (c.CountsVotes)
            {
                listed.Add(Tool(_text.TagEnter, _text.ToolBallotName, c.NominationClosed, OpenBallot));
                listed.Add(Tool(_text.TagImport, _text.ToolBallotFileName, c.NominationClosed, OpenBallotFile));
                listed.Add(Tool(_text.TagEnter, _text.ToolVoidBallotsName, c.NominationClosed, OpenVoidBallots));
            }

            // Printed on the notice; offered while the campaign runs, after the tools of the current phase.
            listed.Add(new(_text.ToolNoticeContact(c.NoticeContact), () => OpenNoticeContact(c)));
        }

        // Schemes whose procedure counts no votes (the enterprise's open selection) are not offered ballots.
        if (c.CountsVotes) listed.Add(new(_text.ToolTally, ShowTally));
        listed.Add(new(_text.ToolTargets(c.Targets.Count, c.Targets.Count(t => t.Status != PoolStatus.Met)), ShowTargets));
        if (c.Scored)
        {
            listed.Add(new(_text.ToolScoresFile, OpenScoresFile));
            listed.Add(new(_text.ToolRanking, ShowRanking));
        }

        listed.Add(new(_text.ToolHistory, ShowHistory));
        if (_documents is not null)
        {
            foreach (var kind in DocumentKind.All.Where(k => k.Subject == DocumentSubject.Campaign && Applies(k.Id, c)))
                listed.Add(new(_text.ToolDocument(_text.DocumentName(kind)), () => ShowDocument(kind)));
        }

        if (c.PlanApproval is { } a && !c.PlanApprovalOpen)
            listed.Add(new(_text.ApprovalLine(a.Approver, a.On, a.Document), () => _screen.Message = _text.ApprovalLine(a.Approver, a.On, a.Document)));
        return listed;
    }

    /// <summary>A tool that is held back (with the reason) outside its phase, like a workflow action; its line keeps the tool's name.</summary>
    private ListedAction Tool(string tag, string name, string? heldBecause, Action open) => heldBecause is null
        ? new(UiText.Tagged(tag, name), open)
        : new($"{UiText.Tagged(_text.HeldBack, name)}：{heldBecause}", () => _screen.Message = heldBecause);

    /// <summary>Ctrl+N: the scheme, then the unit, each chosen from a list; then the year (this year, selected to retype) and the reference date.</summary>
    internal void OpenNewCampaign()
    {
        var schemes = _catalog.Schemes;
        if (schemes.Count == 0)
        {
            _screen.Message = _text.NoSchemeToPick;
            return;
        }

        var items = schemes.Select(s => new PickItem($"{s.Definition.Manifest.ShortName}  v{s.Definition.Manifest.Version}  {s.Definition.Manifest.Name}", s.Id, s)).ToList();
        _picker.Open(_text.PickScheme, items, _text.PickHint, item => PickUnit((Plugins.LoadedScheme)item.Value!));
    }

    private string? PickUnit(Plugins.LoadedScheme scheme)
    {
        var units = _units?.List() ?? [];
        if (units.Count == 0) return _text.NoUnitToPick;
        var shortName = scheme.Definition.Manifest.ShortName;
        var items = units.Select(u => new PickItem($"{u.Name}（{u.Kind}）" + (u.Parent is null ? "" : $"  上级：{u.Parent}"), "", u)).ToList();
        _picker.Open(_text.PickUnit(shortName), items, _text.PickHint, item =>
        {
            var unit = (UnitView)item.Value!;
            _form.Open(_text.NewCampaignFormTitle(shortName, unit.Name), _text.NewCampaignYearFields, _text.NewCampaignYearHint, v => NewCampaign(scheme.Id, unit.Name, v));
            _form.Fill(_clock.GetLocalNow().Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return null;
        });
        return null;
    }

    private string? NewCampaign(string schemeId, string unit, IReadOnlyList<string> v)
    {
        var typed = v[0].Trim();
        if (typed.Length != 4 || !int.TryParse(typed, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year))
            return _screen.Refuse(_text.YearNotFourDigits(OperatorInput.Echo(typed)));
        if (!FormDate.TryRead(v[1], _text.NewCampaignYearFields[1], out var on, out var problem)) return _screen.Refuse(_text.NotCreated(problem));
        CampaignView? created = null;
        var refusal = _screen.Run(() => created = _service!.New(schemeId, unit, year, on), _text.CampaignCreated);
        if (refusal is not null) return refusal;
        _screen.Reload();
        _screen.SelectCampaign(created!.Id);
        _screen.Message = _text.CampaignCreated; // moving onto the new campaign cleared the line
        return null;
    }

    internal void OpenPublication(CampaignView c, Workflow.ActionAvailability action)
    {
        var keys = CampaignService.PublicationKeys;
        _form.Open(_text.PublicationTitle, keys.Select(CampaignService.PublicationName).ToList(), _text.PublicationHint,
            v => _screen.Run(() => _service!.Act(c.Id, Conventions.Publish, publication: keys.Zip(v).ToDictionary(x => x.First, x => x.Second), expectedVersion: _screen.Seen(c)), $"{_text.Done}：{action.Name}"));
    }

    /// <summary>公示受理: where and how the public may report during the notice, printed on the notice.</summary>
    internal void OpenNoticeContact(CampaignView c)
    {
        _form.Open(_text.NoticeContactTitle, [_text.NoticeContactField], _text.NoticeContactHint(CampaignService.NoticeContactLimit), v =>
            _screen.Run(() => _service!.SetNoticeContact(c.Id, v[0], _screen.Seen(c)), _text.NoticeContactRecorded));
        if (c.NoticeContact is not null) _form.Fill(c.NoticeContact);
    }

    internal void OpenApproval(CampaignView c)
    {
        _form.Open(_text.ApproveTitle, _text.ApproveFields, _text.ApproveHint, v =>
        {
            if (!FormDate.TryRead(v[1], _text.ApproveFields[1], out var on, out var problem)) return _screen.Refuse(problem);

            return _screen.Run(() => _service!.ApprovePlan(c.Id, v[0], v[2], on, _screen.Seen(c)), _text.ApprovalRecorded);
        });
        if (c.PlanApproval is { } a) _form.Fill(a.Approver, a.On.ToString("yyyy-MM-dd"), a.Document);
    }

    /// <summary>The who-may-be-nominated list being worked out, if any.</summary>
    public Task Pending => _nominating?.Judging ?? Task.CompletedTask;

    /// <summary>F8: who may be nominated, from the campaign's unit scope, with each track's verdict; then track, channel, rank.</summary>
    internal void OpenNominate()
    {
        var app = _screen.View.App;
        _nominating!.OpenCandidates(_screen.Campaign!, change => _screen.Run(change),
            // Without a running application (never in use) the list is put in where it is worked out.
            post: show => { if (app is null) show(); else app.Invoke(show); },
            failed: ex =>
            {
                if (ex is Hosting.ReserveException r) _screen.Message = r.Message;
                else System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex); // the main loop shows it, as any fault
            });
    }

    /// <summary>F9: the voter category chosen from the scheme's, then the names marked on the paper.</summary>
    internal void OpenBallot()
    {
        var c = _screen.Campaign!;
        var names = string.Join("、", c.Nominations.Select(n => n.Name).Distinct());
        _picker.Open(_text.PickVoterCategory, c.VoterCategories.Select(v => PickItem.Of(v)).ToList(), _text.PickHint, item =>
        {
            _form.Open(_text.BallotFormTitle(item.Line), _text.BallotNamesField, _text.BallotNamesHint(names),
                v => _screen.Run(() => _ballots!.AddBallot(c.Id, item.Line, OperatorInput.Names(v[0])), _text.BallotEntered));
            return null;
        });
    }

    private void OpenBallotFile()
    {
        var c = _screen.Campaign!;
        _form.Open(_text.BallotFileTitle, _text.FileFields, _text.BallotFileHint,
            v => _screen.Run(() => _text.BallotsImported(_ballots!.ImportBallots(c.Id, v[0].Trim())), rowsInPane: true));
    }

    private void OpenVoidBallots()
    {
        var c = _screen.Campaign!;
        var imports = _ballots!.List(c.Id).Imports;
        var known = imports.Count == 0 ? _text.NoBallotImports
            : string.Join("\n", imports.TakeLast(3).Select(i => _text.BallotImportLine(i.Batch, i.FileName, i.At, i.By, i.Count, i.VoidReason)));
        _form.Open(_text.VoidBallotsTitle, _text.VoidBallotsFields, _text.VoidBallotsHint(known), v =>
        {
            var target = v[0].Trim();
            var isBatch = target.StartsWith('批');
            if (!int.TryParse(isBatch ? target[1..].Trim() : target, out var n) || n <= 0) return _screen.Refuse(_text.VoidTargetNotANumber(OperatorInput.Echo(target)));
            return _screen.Run(() => _text.BallotsVoided(_ballots.Void(c.Id, isBatch ? null : n, isBatch ? n : null, v[1])));
        });
    }

    private void OpenScoresFile()
    {
        var c = _screen.Campaign!;
        _form.Open(_text.ScoresFileTitle, _text.FileFields, _text.ScoresFileHint,
            v => _screen.Run(() => _text.ScoresImported(_scores!.ImportScores(c.Id, v[0].Trim())), rowsInPane: true));
    }

    internal void ShowTally()
    {
        var t = _ballots!.Tally(_screen.Campaign!.Id);
        var lines = t.Categories.Append(new(_text.Total, t.Overall)).Select(kv =>
            _text.TallyLine(kv.Key, kv.Value.Ballots, string.Join("  ", kv.Value.Votes.Select(v => $"{v.Key} {v.Value}（{Percent.Of(kv.Value.Shares[v.Key], 1)}）")))).ToList();
        lines.Add(_text.ThresholdLine(Percent.Of(t.Threshold, 0)));
        if (t.Below.Count > 0) lines.Add(_text.BelowThreshold(string.Join("、", t.Below)));
        if (t.Voided > 0) lines.Add(_text.VoidedLine(t.Voided));
        _screen.ShowText(_text.TallyTitle, string.Join("\n", lines));
    }

    private void ShowTargets()
    {
        var lines = _screen.Campaign!.Targets.Select(t =>
            $"[{_text.TargetStatus(t.Status)}] {t.Description}"
            + $"\n    {t.Explanation}〔{t.Citation}〕").ToList();
        _screen.ShowText(_text.TargetsTitle, lines.Count > 0 ? string.Join("\n", lines) : _text.NoTargets);
    }

    private void ShowRanking()
    {
        var ranking = _scores!.Ranking(_screen.Campaign!.Id);
        var lines = ranking.Select(x => _text.RankLine(x.Rank, x.Candidate, x.Total) + "\n    " + string.Join("  ", x.Components.Select(p => $"{_screen.Campaign.ScoreNames.GetValueOrDefault(p.Key, p.Key)} {p.Value}")));
        _screen.ShowText(_text.RankingTitle, ranking.Count > 0 ? string.Join("\n", lines) : _text.NoRanking);
    }

    /// <summary>
    /// F7, 全程记实: every entry in Chinese with its date and year, newest last; typing narrows by nominee, date
    /// (2026-07-01 or 07-01), operator or action; Enter shows the entry whole.
    /// </summary>
    internal void ShowHistory()
    {
        var c = _screen.Campaign!;
        var entries = _service!.History(c.Id);
        var items = entries.Select(e => PickItem.Of($"{e.At:yyyy-MM-dd HH:mm}{e.JudgedNote} {e.Operator} {e.Line}", e)).ToList();
        _picker.Open(_text.HistoryPickTitle(c.Unit, c.Year, entries.Count), items, _text.HistoryPickHint, item =>
        {
            _picker.Close();
            _screen.ShowText(_text.HistoryTitle, item.Line);
            return null;
        }, selected: items.Count - 1);
    }
}
