using ReserveSdk;
using ReserveTui.Services.Campaigns;

namespace ReserveTui.Services;

/// <summary>The models of the campaign documents (tally, nominees), built from the views the services already give.</summary>
internal static class CampaignDocumentModel
{
    /// <summary>What every campaign document has: the campaign itself.</summary>
    public static IReadOnlyDictionary<string, object?> Campaign(CampaignView c) => Map(
        ("id", c.Id), ("scheme_name", c.SchemeName), ("scheme_version", c.SchemeVersion), ("unit", c.Unit), ("year", c.Year),
        ("reference_date", Dates.Chinese(c.ReferenceDate)), ("state_name", c.StateName), ("threshold", Percent.Of(c.ConcentrationThreshold, 0)));

    /// <summary>民主推荐结果统计表: votes and shares per voter category and overall, and who is below the threshold.</summary>
    public static IReadOnlyDictionary<string, object?> Tally(CampaignView c, TallyView t)
    {
        object Column(string name, TallyColumn col) => Map(
            ("name", name), ("ballots", col.Ballots),
            ("rows", col.Votes.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal)
                .Select(v => Map(("name", v.Key), ("votes", v.Value), ("share", Percent.Of(col.Shares[v.Key], 1)))).ToList()));
        return new Dictionary<string, object?>
        {
            ["campaign"] = Campaign(c),
            ["categories"] = t.Categories.Select(kv => Column(kv.Key, kv.Value)).ToList(),
            ["overall"] = Column("合计", t.Overall),
            ["below"] = t.Below.ToList(),
        };
    }

    /// <summary>推荐人选 / 考察对象名单: every nominee with track, channel, where they stand, verdict and vote share.</summary>
    public static IReadOnlyDictionary<string, object?> Nominees(CampaignView c) => new Dictionary<string, object?>
    {
        ["campaign"] = Campaign(c),
        ["nominees"] = c.Nominations.Select(n => Map(
            ("name", n.Name), ("track", n.TrackName), ("channel", n.ChannelId), ("state_name", n.StateName),
            ("verdict", Verdicts.Chinese(n.Eligibility.Verdict)), ("vote_share", c.Ballots == 0 ? null : Percent.Of(n.VoteShare, 1)))).ToList(),
    };

    /// <summary>
    /// 考察公示: each nominee whose notice has opened, with basic facts, the recommendation and evaluation results,
    /// and the period as calendar dates — the first day (publicized) and the last (the scheme's N days later, less one).
    /// </summary>
    public static IReadOnlyDictionary<string, object?> Notice(CampaignView c, SchemeDefinition scheme, Func<string, Person?> person, TimeZoneInfo zone)
    {
        var days = scheme.NomineeWorkflow.Actions.Where(a => a.From == Conventions.Notice).SelectMany(a => a.Guards).Select(g => g.PeriodDays).FirstOrDefault(d => d is > 0);
        var listed = c.Nominations.Where(n => n.Marks.ContainsKey(Conventions.Publicize)).Select(n =>
        {
            var p = person(n.PersonId);
            var first = Dates.LocalDay(n.Marks[Conventions.Publicize], zone);
            var r = n.Record;
            return Map(
                ("name", n.Name), ("track", n.TrackName), ("gender", p?.Gender is { } g ? Terms.Chinese(g) : null),
                ("birth", p?.BirthDate is { } b ? $"{b.Year}年{b.Month}月" : null), ("education", p?.Education is { } e ? Terms.Chinese(e) : null),
                ("unit", p?.Unit), ("rank", p?.Rank is { } k ? Terms.Chinese(k) : null),
                ("vote_share", c.Ballots == 0 ? null : Percent.Of(n.VoteShare, 1)),
                ("fit_share", r.FitShare is { } f ? Percent.Of(f, 1) : null), ("conclusion", r.InspectionConclusion),
                ("first_day", Dates.Chinese(first)), ("last_day", days is { } d ? Dates.Chinese(first.AddDays(d - 1)) : null));
        }).ToList();
        // One notice usually covers everyone publicized on the same day: the period is then said once, in the text.
        var periods = listed.Select(n => ((string?)n["first_day"], (string?)n["last_day"])).Distinct().ToList();
        return new Dictionary<string, object?>
        {
            ["campaign"] = Campaign(c),
            ["days"] = days,
            ["period"] = periods.Count == 1 ? Map(("first_day", periods[0].Item1), ("last_day", periods[0].Item2)) : null,
            ["contact"] = c.NoticeContact,
            ["nominees"] = listed,
        };
    }

    /// <summary>后备干部正式人选名单: who was admitted into the pool, and who was not, with the reason recorded.</summary>
    public static IReadOnlyDictionary<string, object?> Decision(CampaignView c, SchemeDefinition scheme, TimeZoneInfo zone)
    {
        var final = scheme.NomineeWorkflow.States.Where(s => s.IsFinal).Select(s => s.Id).ToHashSet();
        string? On(NominationView n) => n.Marks.OrderByDescending(m => m.Value).Select(m => (DateTime?)m.Value).FirstOrDefault() is { } at
            ? Dates.Chinese(Dates.LocalDay(at, zone))
            : null;
        return new Dictionary<string, object?>
        {
            ["campaign"] = Campaign(c),
            ["admitted"] = c.Nominations.Where(n => n.State == Conventions.Admitted)
                .Select(n => Map(("name", n.Name), ("track", n.TrackName), ("channel", scheme.FindChannel(n.ChannelId)?.Name ?? n.ChannelId), ("on", On(n)))).ToList(),
            ["not_admitted"] = c.Nominations.Where(n => final.Contains(n.State) && n.State != Conventions.Admitted)
                .Select(n => Map(("name", n.Name), ("track", n.TrackName), ("state_name", n.StateName),
                    ("reason", n.Record.ActionNotes.Values.LastOrDefault()))).ToList(),
            ["undecided"] = c.Nominations.Count(n => !final.Contains(n.State)),
        };
    }

    private static IReadOnlyDictionary<string, object?> Map(params (string Key, object? Value)[] pairs) => pairs.ToDictionary(p => p.Key, p => p.Value);
}
