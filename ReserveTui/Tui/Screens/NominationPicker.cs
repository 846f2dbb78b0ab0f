using System.Globalization;
using ReserveSdk;
using ReserveTui.Services;
using ReserveTui.Services.Campaigns;
using ReserveTui.Tui.Widgets;

namespace ReserveTui.Tui.Screens;

/// <summary>
/// Nominating by choosing, never by typing an id (提名): who — from the campaign's who-may-be-nominated list or the
/// person's own file — then the track (with the person's verdict for it), a confirmation with the reasons when the
/// person does not meet it, the channel that may enter it, and the competed rank where the channel records one.
/// Steps with one possible answer are skipped. Used by the campaign screen and the people screen alike.
/// </summary>
internal sealed class NominationPicker(PickerOverlay picker, UiText text, NominationService nominations, BackgroundWork? background = null, Action? afterStorageFault = null)
{
    private readonly BackgroundWork _background = background ?? new BackgroundWork();
    /// <summary>
    /// A line of the who-may-be-nominated list: the name, the birth date (telling people of one name apart), the verdict
    /// for each track in the scheme's order (named once, on the list's title), then the unit — last, as it is the part
    /// a narrow terminal may cut.
    /// </summary>
    public string CandidateLine(Candidate p)
    {
        var born = p.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "生日未填  ";
        var verdicts = string.Join("/", p.Verdicts.Select(v => TextColumns.Pad(v.AlreadyNominated ? text.AlreadyNominatedTag : Verdicts.Chinese(v.Verdict), 10).TrimEnd()));
        // A long name (阿不都热合曼) is never cut: the columns after it move right on that line instead.
        return $"{TextColumns.PadAtLeast(p.Name, 8)} {born}  {verdicts}  {(string.IsNullOrEmpty(p.Unit) ? "单位未填" : p.Unit)}";
    }

    private CancellationTokenSource? _unwanted;

    /// <summary>The list being worked out on a worker, if any (done when the list is shown, or dropped).</summary>
    public Task Judging { get; private set; } = Task.CompletedTask;

    /// <summary>
    /// The who-may-be-nominated list of a campaign; choosing a person goes on to their track. A county's scope is
    /// tens of thousands of people (about two seconds to read and judge), so the picker opens at once saying so, the
    /// list is worked out on a worker, and <paramref name="post"/> puts it in on the UI thread — unless the operator
    /// has closed the picker meanwhile. A failure closes the picker and goes to <paramref name="failed"/>. F8 again
    /// makes the earlier list unwanted: skipped if it has not started, dropped when it is done.
    /// </summary>
    public void OpenCandidates(CampaignView c, Func<Func<string>, string?> run, Action<Action> post, Action<Exception> failed)
    {
        var ticket = picker.OpenWaiting(text.WhoMayBeNominatedTitle(c.Unit), text.JudgingScope, text.JudgingHint);
        _unwanted?.Cancel();
        _unwanted = new CancellationTokenSource();
        var judging = _background.Run(() =>
        {
            try
            {
                return nominations.Choices(c.Id);
            }
            catch (Exception ex) when (Storage.StorageFault.Is(ex))
            {
                // The lock a failed read leaves belongs to this thread: given back here, or every operator waits.
                afterStorageFault?.Invoke();
                throw;
            }
        }, _unwanted.Token);
        Judging = judging.ContinueWith(t => post(() =>
        {
            if (!picker.Shows(ticket) || t.IsCanceled) return;
            if (!t.IsCompletedSuccessfully)
            {
                picker.Close();
                failed(t.Exception!.GetBaseException());
                return;
            }

            var choices = t.Result;
            if (choices.People.Count == 0)
            {
                picker.Close();
                failed(new Hosting.ReserveException(Hosting.ErrorCode.NotFound, text.NoPeopleInScope(c.Unit)));
                return;
            }

            var items = choices.People.Select(p => new PickItem(CandidateLine(p), $"{p.Name} {p.IdNumber} {p.Unit}", p)).ToList();
            var eligible = choices.People.Count(p => p.Rank == 0);
            picker.Open(text.WhoMayBeNominated(c.Unit, eligible, choices.People.Count), items, text.WhoHint(string.Join("/", choices.Tracks.Select(t => t.Name))),
                item => ChooseTrack(c.Id, choices.Tracks, (Candidate)item.Value!, run));
        }), TaskScheduler.Default);
    }

    /// <summary>One person's nomination into a campaign chosen already (from their file): the track onwards.</summary>
    public string? OpenFor(string campaignId, string personId, Func<Func<string>, string?> run)
    {
        var choices = nominations.Choices(campaignId, personId);
        return ChooseTrack(campaignId, choices.Tracks, choices.People[0], run);
    }

    private string? ChooseTrack(string campaignId, IReadOnlyList<TrackChoice> tracks, Candidate p, Func<Func<string>, string?> run)
    {
        var open = p.Verdicts.Where(v => !v.AlreadyNominated).ToList();
        if (open.Count == 0) return text.AlreadyOnEveryTrack(p.Name);
        if (open.Count == 1) return Confirm(campaignId, tracks, p, open[0], run);
        var items = open.OrderBy(v => CandidateVerdict.Order(v.Verdict)).Select(v => new PickItem(TrackLine(v), "", v)).ToList();
        picker.Open(text.PickTrack(p.Name), items, text.PickHint, item => Confirm(campaignId, tracks, p, (CandidateVerdict)item.Value!, run));
        return null;
    }

    // What stands in the way first (failed, unknown), conditions only waiting for attestation after: the line is cut at
    // the picker's width, so the reason that matters must come first.
    private static IEnumerable<RuleResult> InOrder(IEnumerable<RuleResult> rules) => rules.OrderBy(r => r.Outcome == RuleOutcome.Pending);

    private static string TrackLine(CandidateVerdict v) =>
        $"[{Verdicts.Chinese(v.Verdict)}] {v.TrackName}" + (v.NotPassed.Count == 0 ? "" : "：" + string.Join("；", InOrder(v.NotPassed).Select(r => r.Explanation)));

    // A person who does not meet the track is nominated only on a second, explicit choice, with the reasons in sight.
    private string? Confirm(string campaignId, IReadOnlyList<TrackChoice> tracks, Candidate p, CandidateVerdict v, Func<Func<string>, string?> run)
    {
        var track = tracks.First(t => t.Id == v.TrackId);
        if (!v.NeedsConfirmation) return ChooseChannel(campaignId, track, p, run);
        var reasons = text.ConfirmWhy + "\n" + string.Join("\n", InOrder(v.NotPassed).Select(r => $"· {r.RuleId}：{r.Explanation}〔{r.Citation}〕"));
        picker.Open(text.ConfirmTitle(p.Name, track.Name, Verdicts.Chinese(v.Verdict)),
            [PickItem.Of(text.ConfirmNo, false), PickItem.Of(text.ConfirmYes(p.Name), true)], reasons,
            item =>
            {
                if (item.Value is true) return ChooseChannel(campaignId, track, p, run);
                picker.Close();
                return null;
            });
        return null;
    }

    private string? ChooseChannel(string campaignId, TrackChoice track, Candidate p, Func<Func<string>, string?> run)
    {
        if (track.Channels.Count == 1) return ChooseRank(campaignId, track, track.Channels[0], p, run);
        picker.Open(text.PickChannel(p.Name, track.Name), track.Channels.Select(ch => PickItem.Of(ch.Name, ch)).ToList(), text.PickHint,
            item => ChooseRank(campaignId, track, (ChannelChoice)item.Value!, p, run));
        return null;
    }

    private string? ChooseRank(string campaignId, TrackChoice track, ChannelChoice channel, Candidate p, Func<Func<string>, string?> run)
    {
        if (!channel.RecordsCompetedRank) return Nominate(campaignId, track, channel, null, p, run);
        // "直接列为相应层次": the rank competed for is the track's own when the track names one.
        if (track.Rank is { } rank) return Nominate(campaignId, track, channel, Terms.Chinese(rank), p, run);
        var ranks = new[] { RankLevel.DeputySection, RankLevel.Section, RankLevel.DeputyDivision, RankLevel.Division };
        picker.Open(text.PickRank(channel.Name), ranks.Select(r => PickItem.Of(Terms.Chinese(r))).ToList(), text.PickHint,
            item => Nominate(campaignId, track, channel, item.Line, p, run));
        return null;
    }

    private string? Nominate(string campaignId, TrackChoice track, ChannelChoice channel, string? rank, Candidate p, Func<Func<string>, string?> run) =>
        run(() =>
        {
            var n = nominations.Nominate(campaignId, p.PersonId, track.Id, channel.Id, rank);
            return text.NominatedAs(p.Name, p.Unit, track.Name, Verdicts.Chinese(n.Eligibility.Verdict));
        });
}
