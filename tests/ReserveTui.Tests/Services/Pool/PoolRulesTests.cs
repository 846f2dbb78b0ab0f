using ReserveSdk;
using ReserveTui.Hosting;
using ReserveTui.Services.Pool;
using ReserveTui.Tests.Services.Campaigns;

namespace ReserveTui.Tests.Services.Pool;

/// <summary>The management rules on exact days: promotion minimum, lapse, the 不称职 limit, the yearly review, the age limit.</summary>
public sealed class PoolRulesTests : IDisposable
{
    private readonly CampaignFixture _f = new();

    private static Person Cadre(string name, DateOnly? birth = null) => CampaignFixture.Eligible(name) with { Unit = "示例单位", BirthDate = birth ?? new DateOnly(1988, 3, 1) };

    [Theory]
    [InlineData("2026-07-08", "2027-07-07", "2027-07-08")]
    [InlineData("2028-02-29", "2029-02-27", "2029-02-28")] // a 29 February admission: the anniversary is 28 February
    public void Promotion_IsRefusedTheDayBeforeTheOneYearMinimum_AndAllowedOnTheAnniversary(string admitted, string dayBefore, string anniversary)
    {
        _f.Unit("示例单位", "机关部门");
        _f.On(DateOnly.Parse(admitted));
        var id = _f.Admit("county", "deputy-section", Cadre("甲"), DateOnly.Parse(admitted));
        _f.On(DateOnly.Parse(dayBefore));
        var refused = Assert.Throws<ReserveException>(() => _f.Pool().Promote(id, "某镇副镇长"));
        Assert.Equal(ErrorCode.Refused, refused.Code);
        Assert.Contains($"{anniversary} 前不得提拔使用", refused.Message);
        Assert.Contains("提拔前须通过政治理论任职资格考试", refused.Message);

        _f.Pool().Record(id, new PoolRecordInput(PoolRecordKinds.Exam) { Score = 82, Passed = true });
        Assert.Contains(_f.Pool().Show(id).PromotionBlockers, b => b.Contains("培养期不满", StringComparison.Ordinal));
        _f.On(DateOnly.Parse(anniversary));
        Assert.Empty(_f.Pool().Show(id).PromotionBlockers);
        var promoted = _f.Pool().Promote(id, "某镇副镇长");
        Assert.Equal((ReserveStatuses.Promoted, "某镇副镇长"), (promoted.Reserve.Status, promoted.Promotion));
    }

    [Fact]
    public void AReserve_LapsesOnTheThreeYearAnniversary_NotTheDayBefore_AndTheLapseIsRecordedOnce()
    {
        _f.Unit("示例单位", "机关部门");
        var id = _f.Admit("county", "deputy-section", Cadre("甲"), new DateOnly(2026, 7, 8));
        _f.On(new DateOnly(2029, 7, 7));
        Assert.Equal("in-pool", _f.Pool().List(new PoolFilter()).Single().StatusCode);
        Assert.Single(_f.Pool().List(new PoolFilter(), periodEndsWithinDays: 1));
        _f.On(new DateOnly(2029, 7, 8));
        Assert.Equal("lapsed", _f.Pool().List(new PoolFilter()).Single().StatusCode);
        _f.Pool().List(new PoolFilter());
        _f.Pool().Show(id);
        var lapses = _f.Store.Record.For(PoolService.Subject(id)).Where(e => e.Action == "pool.lapse").ToList();
        Assert.Single(lapses);
        Assert.Contains("2029-07-08", lapses[0].Data);
        // Lapsed is out of the pool: nothing more is recorded, and no promotion.
        var refused = Assert.Throws<ReserveException>(() => _f.Pool().Promote(id, "副镇长"));
        Assert.Contains("期满取消", refused.Message);
    }

    [Theory]
    [InlineData("20%", false)]
    [InlineData("20.1%", true)]
    public void AnAppraisal_ProposesRemoval_OnlyAboveTheUnfitLimit(string unfit, bool proposed)
    {
        _f.Unit("示例单位", "机关部门");
        var id = _f.Admit("county", "deputy-section", Cadre("甲"), new DateOnly(2026, 7, 1));
        var share = ReserveTui.Services.OperatorInput.RequireShare(unfit, "不称职");
        var file = _f.Pool().Record(id, new PoolRecordInput(PoolRecordKinds.Appraisal) { FitShare = 1 - share, BasicallyFitShare = 0, UnfitShare = share });
        if (!proposed)
        {
            Assert.Empty(file.Proposals);
            return;
        }

        var p = Assert.Single(file.Proposals);
        Assert.Equal(Conventions.RemovalForUnfitVotes, p.ReasonId);
        Assert.Contains("考核不称职票 20.1%，超过 20%", p.Why);
        // A proposal is not a removal: the operator decides, with the reason pre-filled.
        Assert.Equal(ReserveStatuses.InPool, file.Reserve.Status);
        Assert.Equal(ReserveStatuses.Removed, _f.Pool().Remove(id, p.ReasonId, null).Reserve.Status);
    }

    [Fact]
    public void TheStreetsYearlyReview_FallsDue_TwelveMonthsAfterTheLastAppraisal()
    {
        _f.Unit("示例单位", "机关部门");
        var id = _f.Admit("street", "middle", Cadre("甲"), new DateOnly(2026, 7, 1));
        _f.On(new DateOnly(2027, 6, 30));
        Assert.Empty(_f.Pool().List(new PoolFilter(), dueReview: true));
        _f.On(new DateOnly(2027, 7, 1));
        Assert.Single(_f.Pool().List(new PoolFilter(), dueReview: true));
        _f.Pool().Record(id, new PoolRecordInput(PoolRecordKinds.Appraisal) { FitShare = 0.9m, BasicallyFitShare = 0.1m, UnfitShare = 0 });
        var row = _f.Pool().List(new PoolFilter()).Single();
        Assert.Equal((false, new DateOnly(2027, 7, 1)), (row.ReviewDue, row.LastReview!.Value));
    }

    [Fact]
    public void AStreetReservePastTheAgeLimit_IsProposedForRemoval_WithTheAgeReason()
    {
        _f.Unit("示例单位", "机关部门");
        var id = _f.Admit("street", "middle", Cadre("甲", new DateOnly(1986, 7, 2)), new DateOnly(2026, 7, 1));
        _f.On(new DateOnly(2027, 7, 1)); // 40 today: "40周岁以下" includes 40
        Assert.Empty(_f.Pool().Show(id).Proposals);
        _f.On(new DateOnly(2027, 7, 2)); // 41 today: past it
        var p = Assert.Single(_f.Pool().Show(id).Proposals);
        Assert.Equal(("age", "年龄已超出选拔条件的"), (p.ReasonId, p.ReasonText));
    }

    [Fact]
    public void Removal_TakesOnlyTheSchemesReasons_AndAnOpenReasonNeedsANote()
    {
        _f.Unit("示例单位", "机关部门");
        var id = _f.Admit("street", "middle", Cadre("甲"), new DateOnly(2026, 7, 1));
        var unknown = Assert.Throws<ReserveException>(() => _f.Pool().Remove(id, "tired", null));
        Assert.Contains("age 年龄已超出选拔条件的", unknown.Message);
        Assert.Contains("须写明具体情况", Assert.Throws<ReserveException>(() => _f.Pool().Remove(id, "other", " ")).Message);
        var removed = _f.Pool().Remove(id, "other", "调任外区");
        Assert.Equal("因其他原因，不适宜继续作为后备干部的（须写明原因）：调任外区", removed.Removal);
        Assert.Equal(ErrorCode.Refused, Assert.Throws<ReserveException>(() => _f.Pool().Record(id, new PoolRecordInput(PoolRecordKinds.Talk) { Who = "组织委员", Text = "谈话" })).Code);
        Assert.Equal(["pool.remove"], _f.Store.Record.For(PoolService.Subject(id)).Select(e => e.Action));
    }

    [Fact]
    public void Records_AreCheckedBeforeAnythingIsWritten()
    {
        _f.Unit("示例单位", "机关部门");
        var id = _f.Admit("street", "middle", Cadre("甲"), new DateOnly(2026, 7, 1));
        var pool = _f.Pool();
        Assert.Contains("三项比例之和不能超过 100%", Assert.Throws<ReserveException>(() => pool.Record(id, new PoolRecordInput(PoolRecordKinds.Appraisal) { FitShare = 0.9m, BasicallyFitShare = 0.2m, UnfitShare = 0 })).Message);
        Assert.Contains("须写明谈话人", Assert.Throws<ReserveException>(() => pool.Record(id, new PoolRecordInput(PoolRecordKinds.Talk) { Text = "谈话" })).Message);
        Assert.Contains("晚于今天", Assert.Throws<ReserveException>(() => pool.Record(id, new PoolRecordInput(PoolRecordKinds.Training, new DateOnly(2030, 1, 1)) { Form = "挂职" })).Message);
        Assert.Contains("早于入库日期 2026-07-01", Assert.Throws<ReserveException>(() => pool.Record(id, new PoolRecordInput(PoolRecordKinds.Training, new DateOnly(2026, 6, 30)) { Form = "挂职" })).Message);
        Assert.Contains("不超过 2000", Assert.Throws<ReserveException>(() => pool.Record(id, new PoolRecordInput(PoolRecordKinds.Training) { Form = "挂职", Text = new string('长', 2001) })).Message, StringComparison.Ordinal);
        Assert.Empty(pool.Show(id).Records);
        var stale = pool.Show(id).Reserve.Version;
        pool.Record(id, new PoolRecordInput(PoolRecordKinds.Training) { Form = "挂职", Text = "到社区挂职三个月" });
        Assert.Equal(ErrorCode.Conflict, Assert.Throws<ReserveException>(() => pool.Record(id, new PoolRecordInput(PoolRecordKinds.Training) { Form = "轮岗" }, stale)).Code);
        Assert.Equal(["2026-07-01 培养：挂职：到社区挂职三个月"], pool.Show(id).Records.Select(r => r.Line));
    }

    [Fact]
    public void DirectEntry_TakesOnlyTheSchemesDirectChannels_UnderTheSameRulesAsANomination()
    {
        _f.Unit("示例单位", "机关部门");
        _f.People(CampaignFixture.Eligible("选调甲") with { Unit = "示例单位", WorkStart = new DateOnly(2026, 7, 1) });
        _f.People(CampaignFixture.Eligible("差额乙") with { Unit = "示例单位" });
        var pool = _f.Pool();
        var graduate = pool.AddDirect("选调甲", "county", "副科级后备", "graduate");
        Assert.Equal(("选调生（直接列为副科级后备）", "2027-07-01"), (graduate.Channel, graduate.Reserve.TrainingEnd.ToString("yyyy-MM-dd")));
        Assert.Equal(["pool.add"], _f.Store.Record.For(ReserveTui.Services.Pool.PoolService.Subject(graduate.Reserve.Id)).Select(e => e.Action));
        Assert.Contains("已在库", Assert.Throws<ReserveException>(() => pool.AddDirect("选调甲", "county", "副科级后备", "graduate")).Message);
        Assert.Equal(ErrorCode.Refused, Assert.Throws<ReserveException>(() => pool.AddDirect("差额乙", "county", "副科级后备", "recommend")).Code);
        Assert.Contains("竞争", Assert.Throws<ReserveException>(() => pool.AddDirect("差额乙", "county", "正科级后备", "runner-up")).Message);
        Assert.Contains("副科级", Assert.Throws<ReserveException>(() => pool.AddDirect("差额乙", "county", "正科级后备", "runner-up", "副科")).Message);
        Assert.Equal("正科级后备", pool.AddDirect("差额乙", "county", "正科级后备", "runner-up", "正科").Reserve.TrackName);
        Assert.Equal(ErrorCode.Usage, Assert.Throws<ReserveException>(() => pool.AddDirect("差额乙", "street", "中层后备", "graduate")).Code);
    }

    public void Dispose() => _f.Dispose();
}
