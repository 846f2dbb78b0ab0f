using ReserveSdk;
using ReserveTui.Services;
using ReserveTui.Services.Campaigns;

namespace ReserveTui.Tui.Screens;

/// <summary>The campaign's own tools, listed after its workflow actions: nominating, ballots, the tally, targets, scores and the record.</summary>
internal sealed partial class CampaignsScreen
{
    private List<ListedAction> CampaignActions(CampaignView c)
    {
        var listed = c.Actions.Select(a => new ListedAction(ActionLine(a), () => TakeWorkflowAction(a))).ToList();
        listed.Add(new("[录入] 提名人选（F8）", OpenNominate));
        listed.Add(new("[录入] 录入推荐票（F9）", OpenBallot));
        listed.Add(new("[导入] 推荐票文件（CSV / xlsx）", OpenBallotFile));
        listed.Add(new("[查看] 计票（F6）", ShowTally));
        var shortOf = c.Targets.Count(t => t.Status != PoolStatus.Met);
        listed.Add(new($"[查看] 数量与结构目标{(c.Targets.Count == 0 ? "" : shortOf == 0 ? "（均已达到）" : $"（{shortOf} 项未达）")}", ShowTargets));
        if (c.Scored)
        {
            listed.Add(new("[导入] 成绩文件（笔试、演讲答辩、组织考察）", OpenScoresFile));
            listed.Add(new("[查看] 成绩排名", ShowRanking));
        }

        listed.Add(new("[查看] 全程记实（F7）", ShowHistory));
        return listed;
    }

    private void OpenNewCampaign() =>
        _form.Open("新建选拔批次", ["方案 id", "单位", "年度", "基准日"],
            "方案：" + string.Join("、", _catalog.Schemes.Select(s => $"{s.Id} {s.Definition.Manifest.ShortName}")) + "\n单位填名称（F5 单位）；基准日 YYYY-MM-DD，可空（默认 6 月 30 日）\nEnter 下一项/确认  Esc 取消", NewCampaign);

    private void NewCampaign(IReadOnlyList<string> v)
    {
        DateOnly? on = DateOnly.TryParseExact(v[3].Trim(), "yyyy-MM-dd", out var d) ? d : null;
        if (!int.TryParse(v[2].Trim(), out var year))
        {
            _message.Text = $"年度应为数字：{v[2]}；未新建";
            return;
        }

        if (on is null && !string.IsNullOrWhiteSpace(v[3]))
        {
            _message.Text = $"基准日应为 YYYY-MM-DD：{v[3]}；未新建";
            return;
        }

        Run(() => _service!.New(v[0].Trim(), v[1].Trim(), year, on), "已新建选拔批次");
        Reload();
        _campaigns.SelectedIndex = Math.Max(0, _ids.Count - 1);
    }

    private void OpenPublication(CampaignView c, Workflow.ActionAvailability action)
    {
        var keys = CampaignService.PublicationKeys;
        _form.Open("选拔前公开（第一篇 3.一）", keys.Select(CampaignService.PublicationName).ToList(), "六项都须填写  Enter 下一项/确认  Esc 取消",
            v => Run(() => _service!.Act(c.Id, "publish", publication: keys.Zip(v).ToDictionary(x => x.First, x => x.Second), expectedVersion: c.Version), $"{_text.Done}：{action.Name}"));
    }

    private void OpenNominate()
    {
        var c = _campaign!;
        _form.Open("提名人选", ["人员", "后备类别", "推荐渠道"],
            $"人员填姓名或身份证号\n类别：{string.Join("、", c.TrackNames)}\n渠道：{string.Join("、", c.ChannelNames)}  Enter 确认  Esc 取消",
            v => Run(() => _service!.Nominate(c.Id, v[0], v[1], v[2]), $"已提名：{v[0]}"));
    }

    private void OpenBallot()
    {
        var c = _campaign!;
        _form.Open("录入推荐票", ["投票人类别", "推荐人选"], $"类别：{string.Join("、", VoterCategories.All)}\n人选用 、 或 ; 分隔  Enter 确认  Esc 取消",
            v => Run(() => _service!.AddBallot(c.Id, v[0], v[1].Split(['、', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)), "已录入 1 张推荐票"));
    }

    private void OpenBallotFile()
    {
        var c = _campaign!;
        _form.Open("导入推荐票文件", ["文件路径"], "CSV 或 .xlsx，列：投票人类别、推荐人选（用 ; 或 、 分隔），每行一张票\n任何一行有错则整份不导入，并列出各行原因  Enter 确认  Esc 取消",
            v => Run(() => $"已导入 {_service!.ImportBallots(c.Id, v[0].Trim())} 张推荐票"));
    }

    private void OpenScoresFile()
    {
        var c = _campaign!;
        _form.Open("导入成绩文件", ["文件路径"], "CSV 或 .xlsx：姓名 + 各计分项（中文名或 id），逐项校验满分\n任何一处有错则整份不导入  Enter 确认  Esc 取消",
            v => Run(() => $"已导入 {_service!.ImportScores(c.Id, v[0].Trim())} 人的成绩"));
    }

    private void ShowTally()
    {
        var t = _service!.Tally(_campaign!.Id);
        var lines = t.Categories.Append(new("合计", t.Overall)).Select(kv =>
            $"{kv.Key}（{kv.Value.Ballots} 票）：" + string.Join("  ", kv.Value.Votes.Select(v => $"{v.Key} {v.Value}（{Percent.Of(kv.Value.Shares[v.Key], 1)}）"))).ToList();
        lines.Add($"集中度门槛 {Percent.Of(t.Threshold, 0)}：不足门槛的人选不列为考察对象，不降低标准凑数（宁缺勿滥）");
        if (t.Below.Count > 0) lines.Add($"低于门槛：{string.Join("、", t.Below)}");
        ShowText(_text.TallyTitle, string.Join("\n", lines));
    }

    private void ShowTargets()
    {
        var lines = _campaign!.Targets.Select(t =>
            $"[{(t.Status == PoolStatus.Met ? "已达到" : t.Status == PoolStatus.Short ? "未达到" : "提示")}] {t.Description}"
            + $"\n    {t.Explanation}〔{t.Citation}〕").ToList();
        ShowText("数量与结构目标（按单位职数、类型与在库后备计算）", lines.Count > 0 ? string.Join("\n", lines) : "本方案没有数量与结构目标");
    }

    private void ShowRanking()
    {
        var ranking = _service!.Ranking(_campaign!.Id);
        var lines = ranking.Select(x => $"第 {x.Rank} 名  {x.Candidate}  总分 {x.Total}\n    " + string.Join("  ", x.Components.Select(p => $"{_campaign.ScoreNames.GetValueOrDefault(p.Key, p.Key)} {p.Value}")));
        ShowText("成绩排名（同分按方案规定的次序比较）", ranking.Count > 0 ? string.Join("\n", lines) : "尚无完整成绩：先导入成绩文件");
    }

    private void ShowHistory() =>
        ShowText(_text.HistoryTitle, string.Join("\n", _service!.History(_campaign!.Id).Select(e => $"{e.At.ToLocalTime():MM-dd HH:mm} {e.Operator} {e.Action} {e.Data}")));
}
