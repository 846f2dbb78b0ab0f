namespace ReserveTui.Services.Pool;

/// <summary>A reserve's file and the structure dashboard as lines of Chinese text: what the CLI prints and the terminal UI shows.</summary>
internal static class ReserveFileText
{
    /// <summary>A reserve's file as lines of text, for the CLI and the terminal UI.</summary>
    public static IEnumerable<string> Lines(ReserveFile f)
    {
        var r = f.Reserve;
        yield return $"{r.Name}　{r.Unit ?? "—"}　{r.SchemeName}·{r.TrackName}　{r.Status}";
        yield return $"入库 {r.AdmittedOn:yyyy-MM-dd}{(f.CampaignUnit is null ? "" : $"（{f.CampaignUnit}{f.CampaignYear}年选拔{(f.Channel is null ? "" : "，" + f.Channel)}）")}";
        yield return $"培养期满 {r.TrainingEnd:yyyy-MM-dd}　管理期满 {(r.PeriodEnd is { } e ? e.ToString("yyyy-MM-dd") : "（不设）")}";
        yield return $"最近考察 {(r.LastReview is { } l ? l.ToString("yyyy-MM-dd") : "—")}{(r.ReviewDue ? "（已到期，方案要求定期考察）" : "")}";
        if (f.Removal is not null) yield return "调整出库：" + f.Removal;
        if (f.Promotion is not null) yield return "提拔使用：" + f.Promotion;
        if (r.Status == ReserveStatuses.InPool)
            yield return f.PromotionBlockers.Count == 0 ? "提拔使用：今日可提拔" : "提拔使用：暂不可——" + string.Join("；", f.PromotionBlockers);
        foreach (var p in f.Proposals) yield return $"建议调整出库：{p.ReasonText}（{p.Why}）";
        yield return "";
        yield return "培养考核记录";
        if (f.Records.Count == 0) yield return "  （尚无）";
        foreach (var x in f.Records) yield return "  " + x.Line;
        yield return "";
        yield return "全程记实";
        foreach (var h in f.HistoryLines) yield return "  " + h;
    }

    /// <summary>The dashboard as text: the rules with target, actual and gap, what to seek, the age bars.</summary>
    public static IEnumerable<string> GapLines(GapReport g)
    {
        yield return $"{g.SchemeName}　范围：{g.Unit ?? "全部单位"}　{g.On:yyyy-MM-dd}　在库 {g.Members} 人";
        foreach (var f in g.Findings)
            yield return $"  [{(f.Status == ReserveSdk.PoolStatus.Met ? "达标" : f.Status == ReserveSdk.PoolStatus.Short ? "不足" : "提示")}] {f.Description}：{f.Explanation}";
        if (g.Seek.Count > 0)
        {
            yield return "  下次选拔宜补充：";
            foreach (var s in g.Seek) yield return "    " + s;
        }

        var max = g.Ages.Max(a => a.Count);
        yield return "  年龄梯次：";
        foreach (var a in g.Ages.Where(a => a.Count > 0 || a.Label != "出生日期未登记"))
            yield return $"    {TextColumnsPad(a.Label, 14)}{a.Count,4} {PoolDocumentModel.AgeBar(a.Count, max)}";
    }

    private static string TextColumnsPad(string text, int columns) => text + new string(' ', Math.Max(0, columns - text.Sum(ch => ch > 0x2E80 ? 2 : 1)));
}
