namespace ReserveTui.Services.Campaigns;

/// <summary>The Chinese names of the record's action codes (the codes stay in JSON for scripts).</summary>
internal static class AuditActions
{
    private static readonly Dictionary<string, string> Names = new()
    {
        ["campaign.new"] = "新建批次",
        ["campaign.act"] = "批次操作",
        ["campaign.approve"] = "登记方案审核",
        ["campaign.notice-contact"] = "登记公示受理方式",
        ["nomination.new"] = "提名",
        ["nomination.act"] = "人选操作",
        ["nomination.relax"] = "放宽",
        ["nomination.attest"] = "认定",
        ["nomination.debrief"] = "述职",
        ["nomination.inspect"] = "考察结果",
        ["nomination.report"] = "公示举报",
        ["nomination.report.resolve"] = "核查举报",
        ["nomination.documents"] = "报名材料",
        ["nomination.scores"] = "成绩",
        ["nomination.exam"] = "考选",
        ["ballots.add"] = "录入推荐票",
        ["ballots.import"] = "导入推荐票",
        ["scores.import"] = "导入成绩",
        ["pool.add"] = "直接列为后备",
        ["pool.record"] = "档案记录",
        ["pool.remove"] = "调整出库",
        ["pool.promote"] = "提拔使用",
        ["pool.lapse"] = "期满自行取消",
        ["document.render"] = "生成文档",
        ["ballots.void"] = "作废推荐票",
        ["people.import"] = "导入名册",
        ["people.update"] = "更新人员信息",
        ["people.add"] = "添加人员",
        ["person.id-view"] = "查看身份证号",
        ["unit.add"] = "新增单位",
        ["unit.update"] = "修改单位",
        ["user.add"] = "登记操作员",
        ["user.set"] = "修改操作员",
        ["user.remove"] = "删除操作员",
        ["database.backup"] = "备份",
        ["database.restore"] = "恢复",
        ["database.training"] = "设为培训库",
    };

    public static string Chinese(string code) => Names.GetValueOrDefault(code, code);
}
