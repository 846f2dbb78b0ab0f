using ReserveSdk;
using ReserveTui.Services;
using ReserveTui.Services.Campaigns;

namespace ReserveTui.Tui.Screens;

/// <summary>The campaign's own tools, listed after its workflow actions: nominating, ballots, the tally, targets, scores and the record.</summary>
internal sealed partial class CampaignsScreen
{
    private List<ListedAction> CampaignActions(CampaignView c)
    {
        var listed = c.Actions.Select(a => new ListedAction(ActionLine(a), () => TakeWorkflowAction(a))).ToList();
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
            }
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
        if (c.PlanApproval is { } a && !c.PlanApprovalOpen)
            listed.Add(new(_text.ApprovalLine(a.Approver, a.On, a.Document), () => _message.Text = _text.ApprovalLine(a.Approver, a.On, a.Document)));
        return listed;
    }

    /// <summary>A tool that is held back (with the reason) outside its phase, like a workflow action; its line keeps the tool's name.</summary>
    private ListedAction Tool(string tag, string name, string? heldBecause, Action open) => heldBecause is null
        ? new(UiText.Tagged(tag, name), open)
        : new($"{UiText.Tagged(_text.HeldBack, name)}：{heldBecause}", () => _message.Text = heldBecause);

    private void OpenNewCampaign() =>
        _form.Open(_text.NewCampaignTitle, _text.NewCampaignFields,
            _text.NewCampaignHint(string.Join("、", _catalog.Schemes.Select(s => $"{s.Id} {s.Definition.Manifest.ShortName}"))), NewCampaign);

    private string? NewCampaign(IReadOnlyList<string> v)
    {
        DateOnly? on = DateOnly.TryParseExact(v[3].Trim(), "yyyy-MM-dd", out var d) ? d : null;
        if (!int.TryParse(v[2].Trim(), out var year)) return Refuse(_text.YearNotANumber(v[2]));
        if (on is null && !string.IsNullOrWhiteSpace(v[3])) return Refuse(_text.DateNotValid(v[3]));
        CampaignView? created = null;
        var refusal = Run(() => created = _service!.New(v[0].Trim(), v[1].Trim(), year, on), _text.CampaignCreated);
        if (refusal is not null) return refusal;
        Reload();
        _campaigns.SelectedIndex = Math.Max(0, _ids.ToList().IndexOf(created!.Id));
        return null;
    }

    private void OpenPublication(CampaignView c, Workflow.ActionAvailability action)
    {
        var keys = CampaignService.PublicationKeys;
        _form.Open(_text.PublicationTitle, keys.Select(CampaignService.PublicationName).ToList(), _text.PublicationHint,
            v => Run(() => _service!.Act(c.Id, Conventions.Publish, publication: keys.Zip(v).ToDictionary(x => x.First, x => x.Second), expectedVersion: Seen(c)), $"{_text.Done}：{action.Name}"));
    }

    private void OpenApproval(CampaignView c)
    {
        _form.Open(_text.ApproveTitle, _text.ApproveFields, _text.ApproveHint, v =>
        {
            DateOnly? on = null;
            if (!string.IsNullOrWhiteSpace(v[1]))
            {
                if (!DateOnly.TryParseExact(v[1].Trim(), "yyyy-MM-dd", out var day)) return Refuse(_text.ApprovalDateNotValid(v[1].Trim()));
                on = day;
            }

            return Run(() => _service!.ApprovePlan(c.Id, v[0], v[2], on, Seen(c)), _text.ApprovalRecorded);
        });
        if (c.PlanApproval is { } a) _form.Fill(a.Approver, a.On.ToString("yyyy-MM-dd"), a.Document);
    }

    private void OpenNominate()
    {
        var c = _campaign!;
        var tracks = string.Join("、", c.TrackNames);
        var channels = string.Join("、", c.ChannelNames);
        if (c.CompetedRankChannelNames.Count > 0)
        {
            // Only schemes with "相应层次" direct entry ask for the rank of the post competed for.
            _form.Open(_text.NominateTitle, _text.NominateRankFields, _text.NominateRankHint(tracks, channels),
                v => Run(() => _nominations!.Nominate(c.Id, v[0], v[1], v[2], string.IsNullOrWhiteSpace(v[3]) ? null : v[3]), _text.Nominated(v[0])));
            return;
        }

        _form.Open(_text.NominateTitle, _text.NominateFields, _text.NominateHint(tracks, channels),
            v => Run(() => _nominations!.Nominate(c.Id, v[0], v[1], v[2]), _text.Nominated(v[0])));
    }

    private void OpenBallot()
    {
        var c = _campaign!;
        _form.Open(_text.BallotTitle, _text.BallotFields, _text.BallotHint(string.Join("、", c.VoterCategories)),
            v => Run(() => _ballots!.AddBallot(c.Id, v[0], OperatorInput.Names(v[1])), _text.BallotEntered));
    }

    private void OpenBallotFile()
    {
        var c = _campaign!;
        _form.Open(_text.BallotFileTitle, _text.FileFields, _text.BallotFileHint,
            v => Run(() => _text.BallotsImported(_ballots!.ImportBallots(c.Id, v[0].Trim())), rowsInPane: true));
    }

    private void OpenScoresFile()
    {
        var c = _campaign!;
        _form.Open(_text.ScoresFileTitle, _text.FileFields, _text.ScoresFileHint,
            v => Run(() => _text.ScoresImported(_scores!.ImportScores(c.Id, v[0].Trim())), rowsInPane: true));
    }

    private void ShowTally()
    {
        var t = _ballots!.Tally(_campaign!.Id);
        var lines = t.Categories.Append(new(_text.Total, t.Overall)).Select(kv =>
            _text.TallyLine(kv.Key, kv.Value.Ballots, string.Join("  ", kv.Value.Votes.Select(v => $"{v.Key} {v.Value}（{Percent.Of(kv.Value.Shares[v.Key], 1)}）")))).ToList();
        lines.Add(_text.ThresholdLine(Percent.Of(t.Threshold, 0)));
        if (t.Below.Count > 0) lines.Add(_text.BelowThreshold(string.Join("、", t.Below)));
        ShowText(_text.TallyTitle, string.Join("\n", lines));
    }

    private void ShowTargets()
    {
        var lines = _campaign!.Targets.Select(t =>
            $"[{_text.TargetStatus(t.Status)}] {t.Description}"
            + $"\n    {t.Explanation}〔{t.Citation}〕").ToList();
        ShowText(_text.TargetsTitle, lines.Count > 0 ? string.Join("\n", lines) : _text.NoTargets);
    }

    private void ShowRanking()
    {
        var ranking = _scores!.Ranking(_campaign!.Id);
        var lines = ranking.Select(x => _text.RankLine(x.Rank, x.Candidate, x.Total) + "\n    " + string.Join("  ", x.Components.Select(p => $"{_campaign.ScoreNames.GetValueOrDefault(p.Key, p.Key)} {p.Value}")));
        ShowText(_text.RankingTitle, ranking.Count > 0 ? string.Join("\n", lines) : _text.NoRanking);
    }

    private void ShowHistory()
    {
        ShowText(_text.HistoryTitle, string.Join("\n", _service!.History(_campaign!.Id).Select(e =>
            $"{e.At:MM-dd HH:mm} {e.Operator} {e.ActionName}{(e.Nominee is null ? "" : "·" + e.Nominee)} {e.Data}")));
        _pane.ScrollToEnd();
    }
}
