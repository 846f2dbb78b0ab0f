using ReserveSdk;

namespace ReserveTui.Services;

/// <summary>A scheme's rules as text and as JSON — the same content the TUI's scheme screen shows.</summary>
internal static class SchemeDocument
{
    public static void WriteText(SchemeDefinition s, TextWriter o)
    {
        var m = s.Manifest;
        o.WriteLine($"{m.Name}（{m.Id} v{m.Version}）");
        o.WriteLine($"来源：{m.Source}{(m.Organisation.Length > 0 ? "，" + m.Organisation : "")}");
        o.WriteLine();
        o.WriteLine("后备类别：");
        foreach (var t in s.Tracks) o.WriteLine($"  {t.Name}（{t.Id}，{(t.Level == PostLevel.Principal ? "正职" : "副职")}）");
        o.WriteLine();
        o.WriteLine("资格条件：");
        foreach (var r in s.Rules)
        {
            var tracks = r.Tracks.Count == 0 ? "各类别" : string.Join("、", r.Tracks.Select(t => s.FindTrack(t)?.Name ?? t));
            o.WriteLine($"  [{Verdicts.Chinese(r.Kind)}] {r.Id}（{tracks}）");
            o.WriteLine($"      {r.Description}〔{r.Citation}〕");
            if (r.RelaxableWhenText is { } w) o.WriteLine($"      放宽情形：{w}");
            if (r.Note is { } n) o.WriteLine($"      说明：{n}");
        }

        if (s.PoolRules.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("数量与结构：");
            foreach (var p in s.PoolRules) o.WriteLine($"  [{(p.Kind == PoolRuleKind.Quantity ? "数量" : "结构")}] {p.Id}  〔{p.Citation}〕  {p.Description}");
        }

        o.WriteLine();
        o.WriteLine("推荐渠道：" + string.Join("、", s.Channels.Select(c => c.Name + (c.DirectEntry && !c.Name.Contains("直接列为", StringComparison.Ordinal) ? "（直接列为后备）" : ""))));
        foreach (var c in s.Channels.Where(c => c.Tracks.Count > 0 || c.RecordsCompetedRank))
        {
            var limits = new List<string>();
            if (c.Tracks.Count > 0) limits.Add("只能列为" + string.Join("、", c.Tracks.Select(t => s.FindTrack(t)?.Name ?? t)));
            if (c.RecordsCompetedRank) limits.Add("须登记所竞争职位的层次，只能列为该层次的后备");
            o.WriteLine($"  {c.Name}：{string.Join("；", limits)}〔{c.Citation}〕");
        }

        o.WriteLine("推荐票投票人类别（分别统计）：" + string.Join("、", s.VoterCategories));
        if (s.RegistrationDocuments.Count > 0) o.WriteLine("报名材料：" + string.Join("、", s.RegistrationDocuments));
        o.WriteLine();
        o.WriteLine($"批次流程（{s.CampaignWorkflow.Name}）：" + string.Join(" → ", s.CampaignWorkflow.States.Where(x => !x.IsFinal).Select(x => x.Name)));
        o.WriteLine($"人选流程（{s.NomineeWorkflow.Name}）：" + string.Join(" → ", s.NomineeWorkflow.States.Where(x => !x.IsFinal).Select(x => x.Name)));
        if (s.Scoring is { } sc)
        {
            o.WriteLine();
            o.WriteLine($"计分（满分 {sc.MaxTotal}）：");
            foreach (var c in sc.Components)
            {
                o.WriteLine($"  {c.Name} {c.MaxPoints} 分 〔{c.Citation}〕");
                foreach (var p in c.Parts) o.WriteLine($"    {p.Name} {p.MaxPoints} 分");
            }

            o.WriteLine($"  排序：{sc.TieBreakText}");
        }

        var mg = s.Management;
        o.WriteLine();
        o.WriteLine("管理规则：");
        if (mg.ManagementPeriodYears is { } y) o.WriteLine($"  管理期 {y} 年{(mg.LapsesAtPeriodEnd ? "，期满未提拔的资格自行取消" : "")}");
        if (mg.MinimumTrainingYears is { } t1) o.WriteLine($"  最低培养期 {t1} 年，未满不得提拔使用");
        if (mg.TheoryExamBeforePromotion) o.WriteLine("  提拔前须通过政治理论任职资格考试");
        if (mg.UnfitVoteShareLimit is { } u) o.WriteLine($"  考核不称职票超过 {Math.Round(u * 100, 1).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)}% 的调出后备干部队伍");
        if (mg.ReviewIntervalMonths is { } rv) o.WriteLine($"  每 {rv} 个月至少考察一次");
        foreach (var rr in mg.RemovalReasons) o.WriteLine($"  调整原因：{rr.Text}{(rr.NoteRequired ? "（须写明情况）" : "")} 〔{rr.Citation}〕");
        if (mg.TrainingForms.Count > 0) o.WriteLine("  培养方式：" + string.Join("、", mg.TrainingForms));
        foreach (var use in mg.UseRules) o.WriteLine($"  使用：{use.Text} 〔{use.Citation}〕");
        if (s.Notes.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("说明：");
            foreach (var n in s.Notes) o.WriteLine($"  - {n}");
        }
    }

    public static object ToJson(SchemeDefinition s) => new
    {
        id = s.Manifest.Id,
        name = s.Manifest.Name,
        version = s.Manifest.Version,
        source = s.Manifest.Source,
        tracks = s.Tracks.Select(t => new { id = t.Id, name = t.Name, level = t.Level == PostLevel.Principal ? "principal" : "deputy" }),
        rules = s.Rules.Select(r => new
        {
            id = r.Id,
            kind = r.Kind.ToString().ToLowerInvariant(),
            description = r.Description,
            citation = r.Citation,
            tracks = r.Tracks,
            facts = r.Condition.Facts,
            relaxable_when = r.RelaxableWhenText,
            note = r.Note,
        }),
        pool_rules = s.PoolRules.Select(p => new { id = p.Id, kind = p.Kind.ToString().ToLowerInvariant(), description = p.Description, citation = p.Citation }),
        channels = s.Channels.Select(c => new { id = c.Id, name = c.Name, citation = c.Citation, direct_entry = c.DirectEntry, tracks = c.Tracks, records_competed_rank = c.RecordsCompetedRank }),
        notes = s.Notes,
        voter_categories = s.VoterCategories,
        registration_documents = s.RegistrationDocuments,
    };
}
