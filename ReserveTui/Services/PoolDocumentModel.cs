using ReserveSdk;
using ReserveTui.Services.Pool;

namespace ReserveTui.Services;

/// <summary>The models of the pool's documents: 后备干部名册 (roster), 结构分析表 (structure) and 后备干部档案 (dossier).</summary>
internal static class PoolDocumentModel
{
    /// <summary>后备干部名册: the reserves the filter selects, sorted by unit then name, with the filter said in words.</summary>
    public static IReadOnlyDictionary<string, object?> Roster(IReadOnlyList<ReserveRow> rows, PoolFilter filter, DateOnly on) => new Dictionary<string, object?>
    {
        ["filter"] = Describe(filter),
        ["on"] = Dates.Chinese(on),
        ["count"] = rows.Count,
        ["reserves"] = rows.Select((r, i) => Row(r, i + 1)).ToList(),
    };

    /// <summary>
    /// 结构分析表: every quantity and structure rule of the scheme over the pool, with target, actual, gap and
    /// explanation; what the next selection should seek; and the age gradient with a text bar per band.
    /// </summary>
    public static IReadOnlyDictionary<string, object?> Structure(SchemeDefinition scheme, GapReport report) => new Dictionary<string, object?>
    {
        ["scheme"] = Map(("id", scheme.Manifest.Id), ("name", scheme.Manifest.Name), ("short_name", scheme.Manifest.ShortName), ("version", scheme.Manifest.Version)),
        ["unit"] = report.Unit,
        ["on"] = Dates.Chinese(report.On),
        ["members"] = report.Members,
        ["findings"] = report.Findings.Select(f => Map(("id", f.RuleId), ("description", f.Description), ("citation", f.Citation),
            ("status", f.Status switch { PoolStatus.Met => "达标", PoolStatus.Short => "不足", _ => "提示" }),
            ("target", f.Target), ("actual", f.Actual), ("gap", f.Gap), ("explanation", f.Explanation))).ToList(),
        ["gaps"] = report.Findings.Where(f => f.Status != PoolStatus.Met).Select(f => f.Explanation).ToList(),
        ["seek"] = report.Seek.ToList(),
        ["ages"] = report.Ages.Select(a => Map(("label", a.Label), ("count", a.Count), ("bar", AgeBar(a.Count, report.Ages.Max(x => x.Count))))).ToList(),
    };

    /// <summary>A bar of up to 20 blocks, scaled to the largest band; a band with anyone in it shows at least one.</summary>
    public static string AgeBar(int count, int max) =>
        count == 0 || max == 0 ? "" : new string('█', Math.Max(1, (int)Math.Round(20.0 * count / max)));

    /// <summary>后备干部档案: one reserve's facts, how they entered, and every recorded step about them.</summary>
    public static IReadOnlyDictionary<string, object?> Dossier(ReserveFile file, SchemeDefinition? scheme) => new Dictionary<string, object?>
    {
        ["reserve"] = Row(file.Reserve, 1),
        ["person"] = PersonFactsModel.Of(file.Person, file.Reserve.Name),
        ["entry"] = Map(("campaign_unit", file.CampaignUnit), ("campaign_year", file.CampaignYear), ("channel", file.Channel)),
        ["history"] = file.History.Select(h => Map(("at", h.At.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)),
            ("operator", h.Operator), ("action", HistoryText.Describe(h, scheme)))).ToList(),
    };

    private static IReadOnlyDictionary<string, object?> Row(ReserveRow r, int number) => Map(
        ("number", number), ("id", r.Id), ("name", r.Name), ("unit", r.Unit), ("scheme", r.SchemeName), ("track", r.TrackName),
        ("admitted_on", Dates.Chinese(r.AdmittedOn)), ("training_end", Dates.Chinese(r.TrainingEnd)),
        ("period_end", r.PeriodEnd is { } end ? Dates.Chinese(end) : null), ("status", r.Status), ("status_code", r.StatusCode));

    private static string Describe(PoolFilter f)
    {
        var parts = new[] { f.Scheme is null ? null : $"方案 {f.Scheme}", f.Unit is null ? null : $"单位 {f.Unit}（含下属单位）",
            f.Track is null ? null : $"类别 {f.Track}", f.Status is null ? null : $"状态 {ReserveStatuses.Parse(f.Status)}" }.OfType<string>().ToList();
        return parts.Count == 0 ? "全部" : string.Join("，", parts);
    }

    private static IReadOnlyDictionary<string, object?> Map(params (string Key, object? Value)[] pairs) => pairs.ToDictionary(p => p.Key, p => p.Value);
}
