using ReserveSdk;
using ReserveTui.Hosting;
using ReserveTui.Import;
using ReserveTui.Storage;

namespace ReserveTui.Services.Campaigns;

/// <summary>推荐票 — recommendation ballots, one at a time or a file (all rows or none), and the tally per voter group (第一篇 3.二).</summary>
internal sealed class BallotService(CampaignStore store)
{
    private readonly CampaignRepository _repo = store.Repo;

    public int AddBallot(string campaignId, string category, IReadOnlyList<string> names) =>
        StoreBallots(campaignId, [(1, category, names)], "ballots.add");

    /// <summary>Imports a ballot file (columns 投票人类别, 推荐人选 separated by ; or 、): all rows or none.</summary>
    public int ImportBallots(string campaignId, string path)
    {
        var table = TableReader.Open(path);
        int Column(string name) => table.Header.ToList().FindIndex(h => h == name);
        var category = Column("投票人类别");
        var choices = Column("推荐人选");
        if (category < 0 || choices < 0) throw new ReserveException(ErrorCode.BadInput, "选票文件须有“投票人类别”和“推荐人选”两列");
        var rows = table.Rows().Select(r => (r.Row,
            category < r.Cells.Count ? r.Cells[category] ?? "" : "",
            OperatorInput.Names(choices < r.Cells.Count ? r.Cells[choices] : null))).ToList();
        return StoreBallots(campaignId, rows, "ballots.import");
    }

    public TallyView Tally(string campaignId)
    {
        var c = store.Load(campaignId);
        var nominations = _repo.Nominations(campaignId);
        var ballots = _repo.Ballots(campaignId);
        TallyColumn Column(IReadOnlyCollection<BallotDocument> set)
        {
            var votes = nominations.ToDictionary(n => n.PersonName, n => set.Count(b => b.Choices.Contains(n.Id)));
            var shares = votes.ToDictionary(v => v.Key, v => set.Count == 0 ? 0m : Math.Round((decimal)v.Value / set.Count, 4));
            return new TallyColumn(set.Count, votes, shares);
        }

        var categories = c.Scheme.VoterCategories.Where(cat => ballots.Any(b => b.Category == cat))
            .ToDictionary(cat => cat, cat => Column(ballots.Where(b => b.Category == cat).ToList()));
        var overall = Column(ballots);
        var below = overall.Shares.Where(s => ballots.Count > 0 && s.Value < c.Doc.ConcentrationThreshold).Select(s => s.Key).ToList();
        return new TallyView(categories, overall, c.Doc.ConcentrationThreshold, below);
    }

    private int StoreBallots(string campaignId, IReadOnlyList<(int Row, string Category, IReadOnlyList<string> Names)> rows, string auditAction) => store.Database.Transaction(() =>
    {
        var c = store.Load(campaignId);
        if (CampaignFacts.NotNominating(c) is { } why) throw new ReserveException(ErrorCode.Refused, $"不能录入推荐票：{why}");
        var nominations = _repo.Nominations(campaignId);
        var limit = c.Doc.MaxChoices > 0 ? c.Doc.MaxChoices : nominations.Count;
        var errors = new List<string>();
        var ballots = new List<BallotDocument>();
        foreach (var (row, categoryText, names) in rows)
        {
            var category = VoterCategories.Normalize(c.Scheme.VoterCategories, categoryText);
            if (category is null) errors.Add($"第 {row} 行 投票人类别: 无法识别“{categoryText}”（可填：{string.Join("、", c.Scheme.VoterCategories)}）");
            if (names.Count > limit) errors.Add($"第 {row} 行 推荐人选: 选了 {names.Count} 人，超过本批次每票最多 {limit} 人");
            if (names.Distinct().Count() != names.Count) errors.Add($"第 {row} 行 推荐人选: 同一人选重复");
            var ids = new List<string>();
            foreach (var name in names)
            {
                var matches = nominations.Where(n => n.PersonName == name).ToList();
                if (matches.Count == 1) ids.Add(matches[0].Id);
                else errors.Add($"第 {row} 行 推荐人选: {(matches.Count == 0 ? $"“{name}”不是本批次的人选" : $"本批次有 {matches.Count} 名“{name}”，无法区分")}");
            }

            if (category is not null) ballots.Add(new BallotDocument { Id = CampaignRepository.NewId(), CampaignId = campaignId, Category = category, Choices = ids });
        }

        if (errors.Count > 0) throw new ReserveException(ErrorCode.BadInput, $"选票有 {errors.Count} 处错误，未写入任何选票", errors);
        if (ballots.Count == 0) throw new ReserveException(ErrorCode.BadInput, "没有选票");
        _repo.Insert(ballots);
        store.Audit(auditAction, CampaignStore.Subject(campaignId), new { ballots = ballots.Count });
        return ballots.Count;
    });
}
