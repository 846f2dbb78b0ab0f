using System.Globalization;
using ReserveSdk;
using ReserveTui.Tui.Widgets;
using ReserveTui.Services;
using ReserveTui.Services.Campaigns;
using ReserveTui.Workflow;

namespace ReserveTui.Tui.Screens;

/// <summary>
/// A nominee opened from the campaign: its rules and what has been recorded (述职, 民主测评 and 考察结论, reports,
/// documents, scores, relaxations, attestations), and its workflow actions followed by the records its scheme reads.
/// </summary>
internal sealed class NomineePanel
{
    private readonly CampaignsScreen _screen;
    private readonly UiText _text;
    private readonly FormOverlay _form;
    private readonly NominationService? _nominations;

    public NomineePanel(CampaignsScreen screen, TuiServices services)
    {
        _screen = screen;
        _text = services.Text;
        _form = screen.Form;
        _nominations = services.Nominations;
    }

    internal List<ListedAction> NomineeActions(NominationView n)
    {
        var listed = n.Actions.Select(a => new ListedAction(_screen.ActionLine(a), () => _screen.TakeWorkflowAction(a))).ToList();
        listed.AddRange(n.Records.Select(r => new ListedAction(_screen.ActionLine(r), () => TakeRecord(r))));
        return listed;
    }

    /// <summary>
    /// What has been recorded first (short, and what the next step reads), then the rules, F8 / F9 acting on the one
    /// under the cursor. <see cref="RulesOffset"/> is where the rules start.
    /// </summary>
    internal List<string> NomineeDetails(NominationView n, IReadOnlyDictionary<string, string> names)
    {
        var r = n.Record;
        var recorded = new List<string>();
        if (r.Debriefed) recorded.Add(_text.Debriefed(r.DebriefNote));
        if (r.InspectionConclusion is not null)
        {
            recorded.Add(_text.InspectionShares(Share(r.FitShare), Share(r.BasicallyFitShare), Share(r.UnfitShare)));
            recorded.Add(_text.Conclusion(r.InspectionConclusion));
        }

        recorded.AddRange(r.Reports.Select(x => _text.ReportLine(x.Number, x.StatusName, x.Text) + (x.Finding is { } found ? _text.FindingSuffix(found) : "")));
        if (r.Documents.Count > 0) recorded.Add(_text.DocumentsLine(string.Join("、", r.Documents), r.MissingDocuments.Count > 0 ? string.Join("、", r.MissingDocuments) : null));
        if (r.Scores.Count > 0) recorded.Add(_text.ScoresLine(string.Join("  ", r.Scores.Select(s => $"{names.GetValueOrDefault(s.Key, s.Key)} {s.Value.ToString(CultureInfo.InvariantCulture)}"))));
        if (r.ExamPassed) recorded.Add(_text.ExamPassed);
        recorded.AddRange(r.Relaxations.Select(x => _text.RelaxationLine(x.RuleId, x.Reason, x.Approver, x.By)));
        if (r.Attestations.Count > 0) recorded.Add(_text.AttestedLine(string.Join("、", r.Attestations.Select(x => $"{x.RuleId}（{x.By}{(string.IsNullOrWhiteSpace(x.Reason) ? "" : "，" + x.Reason)}）"))));
        if (recorded.Count > 0) recorded.Add(_text.RulesSeparator);
        recorded.AddRange(RulesInOrder(n).Select(x =>
        {
            // The explanation may itself open with the outcome (待认定：…); the bracket already says it.
            var outcome = Verdicts.Chinese(x.Outcome);
            var why = x.Explanation.StartsWith(outcome + "：", StringComparison.Ordinal) ? x.Explanation[(outcome.Length + 1)..] : x.Explanation;
            return $"[{outcome}] {x.RuleId}：{why}〔{x.Citation}〕";
        }));
        return recorded;

        static string Share(decimal? share) => share is { } s ? Percent.Of(s, 1) : "—";
    }

    internal int RulesOffset => _screen.Nominee is null ? 0 : _screen.Details.Items.Count - _screen.Nominee.Eligibility.Rules.Count;

    internal RuleResult? SelectedRule() =>
        _screen.Nominee is not null && _screen.Details.SelectedIndex is { } i && i >= RulesOffset ? RulesInOrder(_screen.Nominee)[i - RulesOffset] : null;

    /// <summary>What needs the operator first (failed, pending, unknown, relaxed), then what passes; otherwise the scheme's order.</summary>
    internal static List<RuleResult> RulesInOrder(NominationView n) =>
        n.Eligibility.Rules.OrderBy(r => r.Outcome == RuleOutcome.Pass ? 1 : 0).ToList();

    // The last basis given for a nominee, offered (selected) for that nominee's next rule: attesting several conditions
    // on one inspection is F8, Enter. Another nominee starts empty: their basis is their own.
    private (string Nominee, string Basis) _lastBasis = ("", "");

    /// <summary>F8 on a condition waiting for attestation: asks on what basis it is attested (经考察谈话认定…), which is recorded with it.</summary>
    internal void OpenAttest(RuleResult rule)
    {
        var n = _screen.Nominee!;
        _form.Open(_text.AttestTitle(rule.RuleId, n.Name), _text.AttestFields, _text.AttestHint(rule.Description), v =>
        {
            if (string.IsNullOrWhiteSpace(v[0])) return _screen.Refuse(_text.AttestBasisMissing);
            var refusal = _screen.Run(() => _nominations!.Attest(n.Id, rule.RuleId, v[0].Trim(), _screen.Seen(n)), _text.Attested(rule.RuleId));
            if (refusal is not null) return refusal;
            _lastBasis = (n.Id, v[0].Trim());
            _screen.Details.SetFocus(); // back on the rules, to go on down the list
            return null;
        });
        if (_lastBasis.Nominee == n.Id) _form.Fill(_lastBasis.Basis);
    }

    internal void OpenRelax(RuleResult rule)
    {
        var n = _screen.Nominee!;
        _form.Open(_text.RelaxTitle(rule.RuleId), _text.RelaxFields, _text.EnterNextOrConfirm,
            v =>
            {
                var refusal = _screen.Run(() => _nominations!.Relax(n.Id, rule.RuleId, v[0], v[1], _screen.Seen(n)), _text.Relaxed(rule.RuleId));
                if (refusal is null) _screen.Details.SetFocus(); // back on the rules, to go on down the list
                return refusal;
            });
    }

    /// <summary>述职 is a workflow step; its note is recorded with it, in the one service call the CLI makes too.</summary>
    internal void OpenDebrief(NominationView n, ActionAvailability action) =>
        _form.Open(_text.DebriefTitle(n.Name), _text.DebriefFields, _text.DebriefHint,
            v => _screen.Run(() => _nominations!.Debrief(n.Id, v[0], _screen.Seen(n)), $"{_text.Done}：{action.Name}"));

    /// <summary>An action the scheme takes only with a reason (研究审定未确定): the reason is asked for and recorded with it.</summary>
    internal void OpenActionNote(NominationView n, ActionAvailability action) =>
        _form.Open(_text.ActionNoteTitle(action.Name, n.Name), _text.ActionNoteFields, _text.ActionNoteHint,
            v => string.IsNullOrWhiteSpace(v[0])
                ? _screen.Refuse(_text.ActionNoteHint)
                : _screen.Run(() => _nominations!.ActNomination(n.Id, action.Id, v[0].Trim(), _screen.Seen(n)), $"{_text.Done}：{action.Name}"));

    private void TakeRecord(ActionAvailability record)
    {
        if (!record.Permitted)
        {
            _screen.Message = CampaignsScreen.HeldBack(record);
            return;
        }

        var n = _screen.Nominee!;
        switch (record.Id)
        {
            case RecordIds.Inspection:
                _form.Open(_text.InspectionTitle(n.Name), _text.InspectionFields, _text.InspectionHint, v =>
                    {
                        if (OperatorInput.Share(v[0]) is not { } fit || OperatorInput.Share(v[1]) is not { } basic || OperatorInput.Share(v[2]) is not { } unfit)
                            return _screen.Refuse(_text.SharesInvalid(v[0], v[1], v[2]));
                        return _screen.Run(() => _nominations!.Inspect(n.Id, fit, basic, unfit, v[3].Trim(), _screen.Seen(n)), _text.InspectionRecorded(n.Name));
                    });
                var r = n.Record;
                if (r.InspectionConclusion is not null) _form.Fill(Plain(r.FitShare), Plain(r.BasicallyFitShare), Plain(r.UnfitShare), r.InspectionConclusion);
                break;
            case RecordIds.Report:
                _form.Open(_text.ReportTitle(n.Name), _text.ReportFields, _text.ReportHint,
                    v => _screen.Run(() => _nominations!.Report(n.Id, v[0].Trim(), _screen.Seen(n)), _text.ReportRecorded(n.Name)));
                break;
            case RecordIds.Resolve:
                var open = n.Record.Reports.Where(x => x.Status == "open").ToList();
                _form.Open(_text.ResolveTitle(n.Name), _text.ResolveFields,
                    string.Join("\n", open.Select(x => $"{x.Number}：{x.Text}")) + "\n" + _text.ResolveHint, v => Resolve(n, v));
                _form.Fill(open[0].Number.ToString(CultureInfo.InvariantCulture));
                break;
            case RecordIds.Documents:
                var missing = n.Record.MissingDocuments;
                _form.Open(_text.DocumentsTitle(n.Name), _text.DocumentsFields,
                    string.Join("\n", missing.Select((d, i) => $"{i + 1} {d}")) + "\n" + _text.DocumentsHint, v => ReceiveDocuments(n, missing, v[0]));
                break;
            case RecordIds.Scores:
                var parts = _screen.Campaign!.ScoreParts;
                _form.Open(_text.ScoresTitle(n.Name), parts.Select(p => p.Name).ToList(),
                    _text.ScoresHint(string.Join("、", parts.Select(p => $"{p.Name} {p.MaxPoints.ToString(CultureInfo.InvariantCulture)}"))),
                    v => RecordScores(n, parts, v));
                _form.Fill(parts.Select(p => n.Record.Scores.TryGetValue(p.Id, out var s) ? s.ToString(CultureInfo.InvariantCulture) : "").ToArray());
                break;
            case RecordIds.Exam:
                _screen.Run(() => _nominations!.PassExam(n.Id, _screen.Seen(n)), _text.ExamRecorded(n.Name));
                break;
        }
    }

    private string? Resolve(NominationView n, IReadOnlyList<string> v)
    {
        bool? verified = v[1].Trim() switch
        {
            "属实" or "查实" or "经查属实" or "verified" => true,
            "不实" or "查无实据" or "unfounded" => false,
            _ => null,
        };
        if (!int.TryParse(v[0].Trim(), out var number) || verified is not { } found) return _screen.Refuse(_text.ResolveInvalid(v[0], v[1]));
        return _screen.Run(() => _nominations!.ResolveReport(n.Id, number, found, v[2], _screen.Seen(n)), _text.Resolved(number, found));
    }

    private string? RecordScores(NominationView n, IReadOnlyList<ScoreComponent> parts, IReadOnlyList<string> values)
    {
        var points = new Dictionary<string, decimal>();
        for (var i = 0; i < parts.Count; i++)
        {
            if (!decimal.TryParse(values[i].Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var p))
                return _screen.Refuse(_text.ScoreNotANumber(parts[i].Name, values[i]));

            points[parts[i].Id] = p;
        }

        return _screen.Run(() => _nominations!.RecordScores(n.Id, points, _screen.Seen(n)), _text.ScoresRecorded(n.Name));
    }

    private string? ReceiveDocuments(NominationView n, IReadOnlyList<string> missing, string numbers)
    {
        var picked = numbers.Split([' ', '、', ',', '，'], StringSplitOptions.RemoveEmptyEntries)
            .Select(x => int.TryParse(x, out var i) && i >= 1 && i <= missing.Count ? missing[i - 1] : null).ToList();
        if (picked.Count == 0 || picked.Any(p => p is null)) return _screen.Refuse(_text.DocumentNumbersInvalid(missing.Count, numbers));
        return _screen.Run(() => _nominations!.ReceiveDocuments(n.Id, picked.OfType<string>().ToList(), _screen.Seen(n)), _text.DocumentsRecorded(picked.Count));
    }

    private static string Plain(decimal? share) => share is { } s ? (s * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%" : "";
}
