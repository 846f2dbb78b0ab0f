using ReserveSdk;

namespace ReserveTui.Services;

/// <summary>
/// The model of the <c>scheme</c> document (选拔方案), built from the plugin alone so the document cannot drift from
/// the code. Every key is documented in templates/README.md.
/// </summary>
internal static class SchemeDocumentModel
{
    public static IReadOnlyDictionary<string, object?> Build(SchemeDefinition s)
    {
        var m = s.Manifest;
        string TrackNames(IEnumerable<string> ids) => string.Join("、", ids.Select(t => s.FindTrack(t)?.Name ?? t));
        return new Dictionary<string, object?>
        {
            ["scheme"] = Map(("id", m.Id), ("name", m.Name), ("version", m.Version), ("source", m.Source), ("organisation", m.Organisation), ("short_name", m.ShortName)),
            ["tracks"] = s.Tracks.Select(t => Map(("id", t.Id), ("name", t.Name), ("level", t.Level == PostLevel.Principal ? "正职" : "副职"))).ToList(),
            ["rules"] = s.Rules.Select(r => Map(
                ("id", r.Id), ("kind", r.Kind.ToString().ToLowerInvariant()), ("kind_name", Verdicts.Chinese(r.Kind)),
                ("description", r.Description), ("citation", r.Citation),
                ("tracks", r.Tracks.Count == 0 ? "各类别" : TrackNames(r.Tracks)),
                ("relaxable_when", r.RelaxableWhenText), ("note", r.Note))).ToList(),
            ["pool_rules"] = s.PoolRules.Select(p => Map(("id", p.Id), ("kind_name", p.Kind == PoolRuleKind.Quantity ? "数量" : "结构"), ("description", p.Description), ("citation", p.Citation))).ToList(),
            ["channels"] = s.Channels.Select(c => Map(
                ("id", c.Id), ("name", c.Name), ("citation", c.Citation), ("direct_entry", c.DirectEntry),
                ("only_tracks", c.Tracks.Count == 0 ? null : TrackNames(c.Tracks)), ("records_competed_rank", c.RecordsCompetedRank))).ToList(),
            ["voter_categories"] = string.Join("、", s.VoterCategories),
            ["registration_documents"] = s.RegistrationDocuments.Count == 0 ? null : string.Join("、", s.RegistrationDocuments),
            ["campaign_procedure"] = Procedure(s.CampaignWorkflow),
            ["nominee_procedure"] = Procedure(s.NomineeWorkflow),
            ["scoring"] = s.Scoring is { } sc
                ? Map(("max_total", sc.MaxTotal), ("tie_break", sc.TieBreakText), ("components", sc.Components.Select(c => Map(
                    ("name", c.Name), ("max_points", c.MaxPoints), ("citation", c.Citation),
                    ("parts", c.Parts.Select(p => Map(("name", p.Name), ("max_points", p.MaxPoints))).ToList()))).ToList()))
                : null,
            ["management"] = Map(
                ("citation", s.Management.Citation),
                ("period_years", s.Management.ManagementPeriodYears), ("lapses", s.Management.LapsesAtPeriodEnd),
                ("minimum_training_years", s.Management.MinimumTrainingYears), ("theory_exam", s.Management.TheoryExamBeforePromotion),
                ("unfit_share_limit", s.Management.UnfitVoteShareLimit is { } u ? Percent.Of(u, 0) : null),
                ("review_interval_months", s.Management.ReviewIntervalMonths),
                ("removal_reasons", s.Management.RemovalReasons.Select(r => Map(("text", r.Text), ("citation", r.Citation), ("note_required", r.NoteRequired))).ToList()),
                ("training_forms", s.Management.TrainingForms.ToList()),
                ("use_rules", s.Management.UseRules.Select(u => Map(("text", u.Text), ("citation", u.Citation))).ToList())),
            ["notes"] = s.Notes.ToList(),
        };
    }

    private static IReadOnlyDictionary<string, object?> Procedure(WorkflowDefinition w) => Map(
        ("name", w.Name),
        ("stages", w.States.Where(st => !st.IsFinal).Select(st => st.Name).ToList()),
        ("steps", w.Actions.Where(a => a.Id is not ("withdraw" or "cancel")).DistinctBy(a => (a.Id, a.To)).Select(a => Map(
            ("name", a.Name), ("from", w.State(a.From).Name), ("to", w.State(a.To).Name), ("citation", a.Citation),
            ("conditions", a.Guards.Where(g => g.Stage is null).Select(g => g.Description).Distinct().ToList()))).ToList()));

    private static IReadOnlyDictionary<string, object?> Map(params (string Key, object? Value)[] pairs) => pairs.ToDictionary(p => p.Key, p => p.Value);
}
