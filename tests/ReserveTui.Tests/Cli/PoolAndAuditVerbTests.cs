using System.Text.Json;
using LiteDB;
using ReserveTui.Storage;
using ReserveTui.Tests.Documents;
using ReserveTui.Tests.Services.Campaigns;

namespace ReserveTui.Tests.Cli;

/// <summary>
/// The pool and the record through the command line over a stored campaign: list, show, record, a held-back
/// promotion, removal, gaps; and <c>audit verify</c> finding an entry changed or deleted in the file directly.
/// </summary>
public sealed class PoolAndAuditVerbTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly string _db;
    private readonly DemoCampaign _demo;

    public PoolAndAuditVerbTests()
    {
        _db = Path.Combine(_dir.Path, "pool.db");
        using var f = new CampaignFixture(ReserveDatabase.Open(_db));
        _demo = DemoCampaign.Build(f, "county");
        // The command lines below set the clock (--now): a training database's privilege.
        f.MarkTraining();
    }

    private (int Exit, string Out, string Err) Reserve(string now, params string[] args) => CliRunner.Run(_dir.Path, ["--db", _db, "--now", now, .. args]);

    [Fact]
    public void APoolYear_ThroughTheCli()
    {
        const string Day = "2026-09-01T09:00:00+08:00";
        var list = JsonDocument.Parse(Reserve(Day, "pool", "list", "--scheme", "county", "--json").Out).RootElement;
        Assert.Equal(2, list.GetArrayLength());
        var first = list[0];
        Assert.Equal(("in-pool", "副科级后备", "2026-07-08", "2027-07-08", "2029-07-08"),
            (first.GetProperty("status").GetString(), first.GetProperty("track_name").GetString(), first.GetProperty("admitted_on").GetString(),
             first.GetProperty("training_end").GetString(), first.GetProperty("period_end").GetString()));
        var id = first.GetProperty("id").GetString()!;

        var refused = Reserve(Day, "pool", "promote", id, "--post", "某镇副镇长");
        Assert.Equal(5, refused.Exit);
        Assert.Contains("培养期不满 1 年（2027-07-08 前不得提拔使用）", refused.Err);
        Assert.Contains("提拔前须通过政治理论任职资格考试", refused.Err);

        var appraisal = Reserve(Day, "pool", "record", id, "appraisal", "--fit", "70%", "--basic", "5%", "--unfit", "25%");
        Assert.Equal(0, appraisal.Exit);
        Assert.Contains("提示：建议调整出库——考核不称职票超过20%", appraisal.Out);
        Assert.Contains($"reserve pool remove {id} --reason unfit-votes", appraisal.Out);
        Assert.Equal(0, Reserve(Day, "pool", "record", id, "talk", "--who", "组织部副部长", "--text", "谈工作打算").Exit);
        Assert.Equal(2, Reserve(Day, "pool", "record", id, "party", "--text", "x").Exit);

        var show = Reserve(Day, "pool", "show", id);
        Assert.Contains("2026-09-01 考核：称职 70.0% 基本称职 5.0% 不称职 25.0%", show.Out);
        Assert.Contains("2026-09-01 谈心谈话：组织部副部长：谈工作打算", show.Out);
        Assert.Contains("全程记实", show.Out);
        Assert.Contains("档案记录", show.Out);
        Assert.Contains("人选操作", show.Out);

        var removed = Reserve(Day, "pool", "remove", id, "--reason", "unfit-votes");
        Assert.Equal(0, removed.Exit);
        Assert.Contains("已调整出库", removed.Out);
        Assert.Single(JsonDocument.Parse(Reserve(Day, "pool", "list", "--status", "removed", "--json").Out).RootElement.EnumerateArray());

        var gaps = Reserve(Day, "pool", "gaps", "--scheme", "county");
        Assert.Contains("在库 1 人", gaps.Out);
        Assert.Contains("常年保持副职后备300名：缺 299 名", gaps.Out);
        Assert.Contains("年龄梯次", gaps.Out);
        Assert.Equal(0, Reserve(Day, "audit", "verify").Exit);
        Assert.Contains("调整出库", Reserve(Day, "audit", "log", "--subject", id).Out);
    }

    [Theory]
    [InlineData("change")]
    [InlineData("delete")]
    public void AnEntryChangedOrDeletedInTheFile_BreaksTheChainThere(string tamper)
    {
        const string Day = "2026-09-01T09:00:00+08:00";
        Assert.Contains("哈希链连续无断裂", Reserve(Day, "audit", "verify").Out);
        using (var db = ReserveDatabase.Open(_db))
        {
            var audit = db.Db.GetCollection("audit");
            var victim = audit.FindById(5L) ?? audit.FindOne(Query.EQ("Seq", 5L));
            if (tamper == "change")
            {
                victim["Operator"] = "someone-else";
                audit.Update(victim);
            }
            else audit.Delete(victim["_id"]);
        }

        var verify = Reserve(Day, "audit", "verify");
        Assert.Equal(8, verify.Exit);
        Assert.Contains("第 5 条记录与哈希链不符", verify.Err);
    }

    public void Dispose() => _dir.Dispose();
}
