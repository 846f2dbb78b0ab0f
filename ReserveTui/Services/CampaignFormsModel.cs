using System.Globalization;
using ReserveSdk;
using ReserveTui.Services.Campaigns;

namespace ReserveTui.Services;

/// <summary>
/// The models of the campaign's forms and lists besides the tally and the notices: the pre-selection publication
/// (选拔前公告), the ballot papers (民主推荐票), the registration form (应聘人员登记表) and the score ranking (成绩排名表).
/// </summary>
internal static class CampaignFormsModel
{
    /// <summary>
    /// 选拔前公告 (第一篇 3.一): the six items recorded with <c>publish</c>, and the people of the campaign's unit and
    /// its sub-units who meet a track's conditions on the reference date, with their basic facts.
    /// </summary>
    public static IReadOnlyDictionary<string, object?> Publication(CampaignView c, SchemeDefinition scheme, IReadOnlyList<Person> scope, Func<string?, string?> unitKind)
    {
        var context = (string? unit) => new EvaluationContext(c.ReferenceDate) { UnitKind = unitKind(unit) };
        IReadOnlyList<object> Listed(Func<Verdict, bool> which) => scope.Select(p =>
        {
            var tracks = scheme.Tracks.Where(t => which(Eligibility.Evaluate(scheme, t.Id, p, context(p.Unit)).Verdict)).Select(t => t.Name).ToList();
            return (Person: p, Tracks: tracks);
        }).Where(x => x.Tracks.Count > 0).Select(x => (object)With(PersonFactsModel.Of(x.Person, x.Person.Name), ("tracks", string.Join("、", x.Tracks)))).ToList();

        return new Dictionary<string, object?>
        {
            ["campaign"] = CampaignDocumentModel.Campaign(c),
            ["items"] = CampaignService.PublicationKeys.Select(k => Map(("key", k), ("name", CampaignService.PublicationName(k)), ("text", c.Publication.GetValueOrDefault(k)))).ToList(),
            ["eligible"] = Listed(v => v is Verdict.Eligible or Verdict.EligibleWithRelaxation),
            ["pending"] = Listed(v => v == Verdict.PendingAttestation),
            ["scope_count"] = scope.Count,
        };
    }

    /// <summary>
    /// 民主推荐票: one paper per voter category (counted separately, 第一篇 3.二), the names that may be chosen — the
    /// nominees, leaving out those withdrawn or not selected — and how many may be marked.
    /// </summary>
    public static IReadOnlyDictionary<string, object?> Ballot(CampaignView c, SchemeDefinition scheme)
    {
        var dropped = scheme.NomineeWorkflow.States.Where(s => s.IsFinal && s.Id != Conventions.Admitted).Select(s => s.Id).ToHashSet();
        var names = c.Nominations.Where(n => !dropped.Contains(n.State)).Select(n => Map(("name", n.Name), ("track", n.TrackName))).ToList();
        var categories = c.VoterCategories.Count > 0 ? c.VoterCategories : ["投票人"];
        return new Dictionary<string, object?>
        {
            ["campaign"] = CampaignDocumentModel.Campaign(c),
            ["max_choices"] = c.MaxChoices > 0 ? c.MaxChoices : null,
            ["papers"] = categories.Select((cat, i) => Map(("category", cat), ("number", i + 1), ("candidates", names))).ToList(),
            ["blank_lines"] = Math.Max(3, c.MaxChoices),
        };
    }

    /// <summary>
    /// 应聘人员登记表 (enterprise): one form per nominee with their facts, the post category, the channel, and the
    /// checklist of the scheme's registration documents, each marked as received or not; filled in duplicate (一式两份).
    /// </summary>
    public static IReadOnlyDictionary<string, object?> Registration(CampaignView c, SchemeDefinition scheme, Func<string, Person?> person) => new Dictionary<string, object?>
    {
        ["campaign"] = CampaignDocumentModel.Campaign(c),
        ["copies"] = 2,
        ["forms"] = c.Nominations.Select(n => With(PersonFactsModel.Of(person(n.PersonId), n.Name),
            ("track", n.TrackName), ("channel", scheme.FindChannel(n.ChannelId)?.Name ?? n.ChannelId),
            ("documents", scheme.RegistrationDocuments.Select(d => Map(("name", d), ("received", n.Record.Documents.Contains(d)))).ToList()))).ToList(),
        ["document_names"] = scheme.RegistrationDocuments.ToList(),
    };

    /// <summary>
    /// 成绩排名表: each candidate's points in every scored part (笔试, 演讲答辩, and the three rater groups of 组织考察),
    /// the components' subtotals, the total and the rank, with the scheme's tie-break.
    /// </summary>
    public static IReadOnlyDictionary<string, object?> Ranking(CampaignView c, SchemeDefinition scheme, IReadOnlyList<RankedCandidate> ranking)
    {
        var model = scheme.Scoring;
        var leaves = model?.Leaves ?? [];
        var components = model?.Components ?? [];
        return new Dictionary<string, object?>
        {
            ["campaign"] = CampaignDocumentModel.Campaign(c),
            ["max_total"] = model is null ? null : Number(model.MaxTotal),
            ["tie_break"] = model?.TieBreakText,
            ["parts"] = leaves.Select(l => Map(("name", l.Name), ("max_points", Number(l.MaxPoints)))).ToList(),
            ["components"] = components.Select(x => Map(("name", x.Name), ("max_points", Number(x.MaxPoints)))).ToList(),
            ["rows"] = ranking.Select(r =>
            {
                var points = c.Nominations.FirstOrDefault(n => n.Name == r.Candidate && n.Record.Scores.Count > 0)?.Record.Scores ?? new Dictionary<string, decimal>();
                return Map(("rank", r.Rank), ("name", r.Candidate), ("total", Number(r.Total)),
                    ("parts", leaves.Select(l => points.TryGetValue(l.Id, out var v) ? Number(v) : "—").ToList()),
                    ("components", components.Select(x => r.Components.TryGetValue(x.Id, out var v) ? Number(v) : "—").ToList()));
            }).ToList(),
        };
    }

    /// <summary>Points as the department writes them: 85.5, 90, 7.25.</summary>
    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static Dictionary<string, object?> With(IReadOnlyDictionary<string, object?> map, params (string Key, object? Value)[] more)
    {
        var result = new Dictionary<string, object?>(map);
        foreach (var (k, v) in more) result[k] = v;
        return result;
    }

    private static IReadOnlyDictionary<string, object?> Map(params (string Key, object? Value)[] pairs) => pairs.ToDictionary(p => p.Key, p => p.Value);
}
