using System.Text.Json;

namespace ReserveTui.Tests.Cli;

/// <summary>A short campaign scripted through the command line with a temp database and a fixed clock.</summary>
public sealed class CampaignVerbTests
{
    [Fact]
    public void ShortStreetCampaign_ThroughTheCli_WithJsonReads()
    {
        using var dir = new TempDir();
        var db = Path.Combine(dir.Path, "c.db");
        (int Exit, string Out, string Err) R(string now, params string[] args) => CliRunner.Run(dir.Path, ["--db", db, "--now", now, .. args]);
        const string Day0 = "2026-07-01T09:00:00+08:00";

        Assert.Equal(0, R(Day0, "unit", "add", "示例街道", "--kind", "街道", "--principal-posts", "1", "--deputy-posts", "3").Exit);
        var set = JsonDocument.Parse(R(Day0, "unit", "set", "示例街道", "--deputy-posts", "4", "--version", "0", "--json").Out).RootElement;
        Assert.Equal((4, 1), (set.GetProperty("deputy_posts").GetInt32(), set.GetProperty("version").GetInt32()));
        var staleUnit = R(Day0, "unit", "set", "示例街道", "--deputy-posts", "2", "--version", "0");
        Assert.Equal(6, staleUnit.Exit);
        Assert.Contains("已被其他操作员修改", staleUnit.Err);
        Assert.Contains("副职 4", R(Day0, "unit", "list").Out);
        Assert.Equal(0, R(Day0, "people", "import", dir.File("p.csv", "姓名,出生日期,学历\n张三,1990-05-01,大学本科\n李四,1980-05-01,高中\n")).Exit);
        var created = R(Day0, "campaign", "new", "--scheme", "street", "--unit", "示例街道", "--year", "2026", "--json");
        var id = JsonDocument.Parse(created.Out).RootElement.GetProperty("id").GetString()!;

        // For people, Chinese: the state's name in the list, the record's entries without stored JSON.
        var listed = R(Day0, "campaign", "list").Out;
        Assert.Contains("街道方案 v", listed);
        Assert.EndsWith("\t筹备", listed.TrimEnd());
        Assert.Equal("筹备", JsonDocument.Parse(R(Day0, "campaign", "list", "--json").Out).RootElement[0].GetProperty("state_name").GetString());
        var historyText = R(Day0, "campaign", "history", id).Out;
        Assert.Contains("新建批次（方案：街道方案；版本：", historyText);
        Assert.DoesNotContain("{", historyText);

        var show = JsonDocument.Parse(R(Day0, "campaign", "show", id, "--json").Out).RootElement;
        Assert.Equal(("street", "draft"), (show.GetProperty("scheme").GetString(), show.GetProperty("state").GetString()));
        var publish = show.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("id").GetString() == "publish");
        Assert.False(publish.GetProperty("permitted").GetBoolean());
        Assert.Equal("公布选拔方案", publish.GetProperty("name").GetString());
        Assert.Contains("第一篇 4.二", publish.GetProperty("reasons")[0].GetString());
        Assert.Equal(JsonValueKind.Null, show.GetProperty("plan_approval").ValueKind);

        // 第一篇 4.二: the superior organisation department's approval, with who, when and the document number.
        var future = R(Day0, "campaign", "approve", id, "--approver", "区委组织部", "--document", "组审〔2026〕3号", "--on", "2099-01-01");
        Assert.Equal(2, future.Exit);
        Assert.Contains("晚于今天", future.Err);
        var noSuchDay = R(Day0, "campaign", "approve", id, "--approver", "区委组织部", "--document", "组审〔2026〕3号", "--on", "2026-02-30");
        Assert.Equal((2, "审核日期“2026-02-30”不是真实存在的日期（2026 年 2 月只有 28 天）"), (noSuchDay.Exit, noSuchDay.Err.Trim().Replace("错误：", "")));
        var empty = R(Day0, "campaign", "approve", id, "--approver", "  ", "--document", "组审〔2026〕3号");
        Assert.Equal(2, empty.Exit);
        Assert.Contains("须填写审核单位", empty.Err);
        var approved = JsonDocument.Parse(R(Day0, "campaign", "approve", id, "--approver", "区委组织部", "--document", "组审〔2026〕3号", "--on", "2026-06-20", "--json").Out).RootElement;
        var approval = approved.GetProperty("plan_approval");
        Assert.Equal(("区委组织部", "组审〔2026〕3号", "2026-06-20"), (approval.GetProperty("approver").GetString(), approval.GetProperty("document").GetString(), approval.GetProperty("on").GetString()));
        Assert.Equal("区委组织部", JsonDocument.Parse(R(Day0, "campaign", "show", id, "--json").Out).RootElement.GetProperty("plan_approval").GetProperty("approver").GetString());

        var refused = R(Day0, "campaign", "act", id, "publish");
        Assert.Equal(5, refused.Exit);
        Assert.Contains("尚缺：选拔目的", refused.Err);
        Assert.Equal("draft", JsonDocument.Parse(R(Day0, "campaign", "show", id, "--json").Out).RootElement.GetProperty("state").GetString());

        Assert.Equal(0, R(Day0, "campaign", "act", id, "publish", "--purpose", "充实", "--conditions", "见方案", "--scope", "全体", "--eligible", "附件", "--method", "民主推荐", "--time-place", "会议室").Exit);
        var zhang = JsonDocument.Parse(R(Day0, "nominate", id, "--person", "张三", "--track", "中层后备", "--channel", "民主推荐", "--json").Out).RootElement;
        var li = JsonDocument.Parse(R(Day0, "nominate", id, "--person", "李四", "--track", "middle", "--channel", "democratic", "--json").Out).RootElement;
        Assert.Equal("pending-attestation", zhang.GetProperty("verdict").GetString());
        Assert.Equal("needs-relaxation", li.GetProperty("verdict").GetString());

        Assert.Equal(0, R(Day0, "ballots", "import", id, dir.File("b.csv", "投票人类别,推荐人选\n班子成员,张三;李四\n群众,张三\n")).Exit);
        var tally = JsonDocument.Parse(R(Day0, "tally", id, "--json").Out).RootElement;
        Assert.Equal(1, tally.GetProperty("班子成员").GetProperty("ballots").GetInt32());
        Assert.Equal(2, tally.GetProperty("overall").GetProperty("votes").GetProperty("张三").GetInt32());
        Assert.Equal(1, tally.GetProperty("overall").GetProperty("votes").GetProperty("李四").GetInt32());

        var zid = zhang.GetProperty("id").GetString()!;
        Assert.Equal(0, R(Day0, "nomination", "act", zid, "debrief").Exit);
        var held = R(Day0, "nomination", "act", zid, "recommend");
        Assert.Equal(5, held.Exit);
        Assert.Contains("须符合全部资格条件", held.Err);
        var badBallots = R(Day0, "ballots", "import", id, dir.File("bad.csv", "投票人类别,推荐人选\n外宾,张三\n"));
        Assert.Equal(3, badBallots.Exit);
        Assert.Contains("第 1 行 投票人类别: 无法识别“外宾”", badBallots.Err);

        // What has been recorded, and the records the workflow reads, beside the actions.
        Assert.Equal(0, R(Day0, "nomination", "inspect", zid, "--fit", "0.9", "--basic", "0.1", "--unfit", "0", "--conclusion", "同意").Exit);
        var shown = JsonDocument.Parse(R(Day0, "nomination", "show", zid, "--json").Out).RootElement;
        Assert.Equal("同意", shown.GetProperty("recorded").GetProperty("inspection").GetProperty("conclusion").GetString());
        Assert.Equal(0.9m, shown.GetProperty("recorded").GetProperty("inspection").GetProperty("fit").GetDecimal());
        var report = shown.GetProperty("records").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "record.report");
        Assert.False(report.GetProperty("permitted").GetBoolean());
        Assert.Equal("只能在公示期间登记举报", report.GetProperty("reasons")[0].GetString());

        var history = JsonDocument.Parse(R(Day0, "campaign", "history", id, "--json").Out).RootElement.EnumerateArray().ToList();
        Assert.Contains(history, h => h.GetProperty("action").GetString() == "ballots.import" && h.GetProperty("operator").GetString() == "tester");
    }
}
