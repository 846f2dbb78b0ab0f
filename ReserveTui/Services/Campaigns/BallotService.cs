using ReserveSdk;
using ReserveTui.Hosting;
using ReserveTui.Import;
using ReserveTui.Storage;

namespace ReserveTui.Services.Campaigns;

/// <summary>推荐票 — recommendation ballots, one at a time or a file (all rows or none), and the tally per voter group (第一篇 3.二).</summary>
internal sealed class BallotService(CampaignStore store)
{
    private readonly CampaignRepository _repo = store.Repo;

    public int AddBallot(string campaignId, string category, IReadOnlyList<string> names)
    {
        store.Access.EnsureCanWrite("录入推荐票");
        return StoreBallots(campaignId, [(1, category, names)], "ballots.add", null);
    }

    /// <summary>
    /// Imports a ballot file (columns 投票人类别, 推荐人选 separated by ; or 、): all rows or none. The same content
    /// imported into the campaign before (under any file name) is refused, saying when and by whom: counted twice,
    /// it would double every vote.
    /// </summary>
    public int ImportBallots(string campaignId, string path)
    {
        store.Access.EnsureCanWrite("导入推荐票");
        path = store.Access.Files.Input(path);
        var table = TableReader.Open(path);
        int Column(string name) => table.Header.ToList().FindIndex(h => h == name);
        var category = Column("投票人类别");
        var choices = Column("推荐人选");
        if (category < 0 || choices < 0) throw new ReserveException(ErrorCode.BadInput, "选票文件须有“投票人类别”和“推荐人选”两列");
        var overflow = new List<string>();
        var rows = table.Rows().Select(r =>
        {
            if (table.Overflow(r.Cells) is { } o) overflow.Add($"第 {r.Row} 行: {o}（推荐多人请用 ; 或 、 分隔）");
            return (r.Row, category < r.Cells.Count ? r.Cells[category] ?? "" : "", OperatorInput.Names(choices < r.Cells.Count ? r.Cells[choices] : null));
        }).ToList();
        if (overflow.Count > 0) throw new ReserveException(ErrorCode.BadInput, $"选票有 {overflow.Count} 行多出单元格，未写入任何选票", overflow);
        string hash;
        using (var stream = File.OpenRead(path)) hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream));
        var rowsHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            string.Join("\n", rows.Select(r => r.Item2.Trim() + "\t" + string.Join("、", r.Item3))))));
        return StoreBallots(campaignId, rows, "ballots.import", (Path.GetFileName(path), hash, rowsHash));
    }

    /// <summary>Every ballot and import of the campaign, voided ones too (票号, 批号, 作废原因).</summary>
    public BallotListView List(string campaignId)
    {
        store.Load(campaignId);
        var names = _repo.Nominations(campaignId).ToDictionary(n => n.Id, n => n.PersonName);
        return new BallotListView(
            _repo.BallotImports(campaignId).Select(i => new BallotImportView(i.Batch, i.FileName, Dates.Local(i.At, store.Clock.LocalTimeZone), i.By, i.Count, i.VoidReason)).ToList(),
            _repo.AllBallots(campaignId).Select(b => new BallotView(b.Number, b.Batch, b.Category, b.Choices.Select(id => names.GetValueOrDefault(id, "?")).ToList(), b.VoidReason)).ToList());
    }

    /// <summary>
    /// 作废: one ballot (by 票号) or a whole import (by 批号) stops counting. Kept, marked with the reason, who and
    /// when, and recorded; never deleted. Only while ballots are still being taken: a closed count is not reopened.
    /// </summary>
    public int Void(string campaignId, int? number, int? batch, string reason) => store.Database.Transaction(() =>
    {
        store.Access.EnsureCanWrite("作废推荐票");
        var why = OperatorInput.Line(reason, "作废原因", VoidReasonLimit);
        if (number is null == batch is null) throw new ReserveException(ErrorCode.Usage, "请给出要作废的票号或导入批号（二者之一）");
        if (number < 1 || batch < 1) throw new ReserveException(ErrorCode.Usage, "票号和导入批号从 1 开始");
        var c = store.Load(campaignId);
        if (CampaignFacts.NotNominating(c) is { } closed) throw new ReserveException(ErrorCode.Refused, $"不能作废推荐票：{closed}");
        var all = _repo.AllBallots(campaignId);
        var at = store.Clock.GetUtcNow().UtcDateTime;
        List<BallotDocument> hit;
        if (batch is { } b)
        {
            var import = _repo.BallotImports(campaignId).FirstOrDefault(i => i.Batch == b) ?? throw new ReserveException(ErrorCode.NotFound, $"本批次没有第 {b} 次导入");
            if (import.VoidedAt is not null) throw new ReserveException(ErrorCode.Refused, $"第 {b} 次导入已作废（{import.VoidReason}）");
            (import.VoidedAt, import.VoidedBy, import.VoidReason) = (at, store.OperatorName, why);
            _repo.Update(import);
            hit = all.Where(x => x.Batch == b && x.VoidedAt is null).ToList();
        }
        else
        {
            var ballot = all.FirstOrDefault(x => x.Number == number) ?? throw new ReserveException(ErrorCode.NotFound, $"本批次没有第 {number} 号推荐票");
            if (ballot.VoidedAt is not null) throw new ReserveException(ErrorCode.Refused, $"第 {number} 号推荐票已作废（{ballot.VoidReason}）");
            hit = [ballot];
        }

        foreach (var x in hit) (x.VoidedAt, x.VoidedBy, x.VoidReason) = (at, store.OperatorName, why);
        _repo.Update(hit);
        store.Audit("ballots.void", CampaignStore.Subject(campaignId), new { number, batch, ballots = hit.Select(x => x.Number).ToList(), reason = why });
        return hit.Count;
    });

    /// <summary>The longest 作废原因 kept.</summary>
    public const int VoidReasonLimit = 200;

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
        return new TallyView(categories, overall, c.Doc.ConcentrationThreshold, below) { Voided = _repo.AllBallots(campaignId).Count(b => b.VoidedAt is not null) };
    }

    private int StoreBallots(string campaignId, IReadOnlyList<(int Row, string Category, IReadOnlyList<string> Names)> rows, string auditAction, (string Name, string Hash, string RowsHash)? file) => store.Database.Transaction(() =>
    {
        var c = store.Load(campaignId);
        if (CampaignFacts.NotNominating(c) is { } why) throw new ReserveException(ErrorCode.Refused, $"不能录入推荐票：{why}");
        var imports = _repo.BallotImports(campaignId);
        if (file is { } f && imports.FirstOrDefault(i => (i.Sha256 == f.Hash || i.RowsSha256 == f.RowsHash) && i.VoidedAt is null) is { } earlier)
            throw new ReserveException(ErrorCode.Refused,
                $"这份推荐票文件已于 {Dates.Local(earlier.At, store.Clock.LocalTimeZone):yyyy-MM-dd HH:mm} 由 {earlier.By} 导入（第 {earlier.Batch} 次导入，{earlier.Count} 张，文件名 {earlier.FileName}），未再次导入；如那次导入有误，请先作废它再导入更正后的文件");
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
        var next = _repo.AllBallots(campaignId).Select(b => b.Number).DefaultIfEmpty(0).Max();
        var batch = file is null ? 0 : imports.Select(i => i.Batch).DefaultIfEmpty(0).Max() + 1;
        foreach (var b in ballots) (b.Number, b.Batch) = (++next, batch);
        if (file is { } g)
            _repo.Insert(new BallotImportDocument
            {
                Id = CampaignRepository.NewId(), CampaignId = campaignId, Batch = batch, FileName = g.Name, Sha256 = g.Hash, RowsSha256 = g.RowsHash,
                At = store.Clock.GetUtcNow().UtcDateTime, By = store.OperatorName, Count = ballots.Count,
            });
        _repo.Insert(ballots);
        store.Audit(auditAction, CampaignStore.Subject(campaignId), file is { } h
            ? new { ballots = ballots.Count, batch, file = h.Name, sha256 = h.Hash, numbers = $"{ballots[0].Number}-{ballots[^1].Number}" }
            : new { ballots = ballots.Count, number = ballots[0].Number });
        return ballots.Count;
    });
}
