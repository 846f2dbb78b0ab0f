using ReserveSdk;
using ReserveTui.Hosting;
using ReserveTui.Import;
using ReserveTui.Storage;

namespace ReserveTui.Services.Campaigns;

/// <summary>成绩 — score sheets for schemes that score (the enterprise), imported all or none, and the ranking with the scheme's tie-breaks.</summary>
internal sealed class ScoreService(CampaignStore store)
{
    private readonly CampaignRepository _repo = store.Repo;

    /// <summary>Imports score sheets (姓名 + one column per scored part, by Chinese name or id): all or none, each validated.</summary>
    public int ImportScores(string campaignId, string path) => store.Database.Transaction(() =>
    {
        store.Access.EnsureCanWrite("导入成绩");
        path = store.Access.Files.Input(path);
        var c = store.Load(campaignId);
        var model = c.Scheme.Scoring ?? throw new ReserveException(ErrorCode.Refused, $"方案 {c.Scheme.Manifest.Id} 没有计分办法");
        var table = TableReader.Open(path);
        var nameColumn = table.Header.ToList().FindIndex(h => h is "姓名" or "name");
        if (nameColumn < 0) throw new ReserveException(ErrorCode.BadInput, "成绩文件须有“姓名”列");
        var leaves = table.Header.Select(h => model.Leaves.FirstOrDefault(l => l.Id == h || l.Name == h)).ToList();
        var nominations = _repo.Nominations(campaignId);
        var errors = new List<string>();
        var updates = new List<(NominationDocument Doc, Dictionary<string, decimal> Points)>();
        foreach (var (row, cells) in table.Rows())
        {
            if (table.Overflow(cells) is { } overflow) { errors.Add($"第 {row} 行: {overflow}"); continue; }
            var name = cells.ElementAtOrDefault(nameColumn)?.Trim() ?? "";
            var matches = nominations.Where(n => n.PersonName == name).ToList();
            if (matches.Count != 1) { errors.Add($"第 {row} 行 姓名: {(matches.Count == 0 ? $"“{name}”不是本批次的人选" : $"本批次有 {matches.Count} 名“{name}”")}"); continue; }
            if (CampaignFacts.ScoresFixed(c, matches[0]) is { } fixedWhy) { errors.Add($"第 {row} 行 姓名: {fixedWhy}"); continue; }
            var points = new Dictionary<string, decimal>();
            for (var i = 0; i < leaves.Count; i++)
            {
                if (leaves[i] is not { } leaf || string.IsNullOrWhiteSpace(cells.ElementAtOrDefault(i))) continue;
                if (decimal.TryParse(cells[i], System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var p)) points[leaf.Id] = p;
                else errors.Add($"第 {row} 行 {table.Header[i]}: 应为数字，实为“{cells[i]}”");
            }

            errors.AddRange(model.Validate(new ScoreSheet(name, points)).Select(e => $"第 {row} 行 {e}"));
            updates.Add((matches[0], points));
        }

        if (errors.Count > 0) throw new ReserveException(ErrorCode.BadInput, $"成绩文件有 {errors.Count} 处错误，未写入任何成绩", errors);
        foreach (var (doc, points) in updates)
        {
            var version = doc.Version;
            doc.Scores = points;
            _repo.Update(doc, version);
        }

        store.Audit("scores.import", CampaignStore.Subject(campaignId), new { file = Path.GetFileName(path), sheets = updates.Count });
        return updates.Count;
    });

    public IReadOnlyList<RankedCandidate> Ranking(string campaignId)
    {
        var c = store.Load(campaignId);
        var model = c.Scheme.Scoring ?? throw new ReserveException(ErrorCode.Refused, $"方案 {c.Scheme.Manifest.Id} 没有计分办法");
        var final = c.Scheme.NomineeWorkflow.States.Where(s => s.IsFinal && s.Id != Conventions.Admitted).Select(s => s.Id).ToHashSet();
        return model.Rank(_repo.Nominations(campaignId).Where(n => !final.Contains(n.State) && n.Scores.Count > 0).Select(n => new ScoreSheet(n.PersonName, n.Scores)));
    }
}
