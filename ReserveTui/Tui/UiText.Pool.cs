using ReserveTui.Tui.Widgets;

namespace ReserveTui.Tui;

/// <summary>The words of the pool screen (人才库), Chinese first.</summary>
internal sealed partial record UiText
{
    public string Pool => T("人才库", "Pool");
    public string PoolHeaders => T("姓名     单位       后备类别   入库日期   管理期满   状态", "Name     Unit       Track      Admitted   Period end Status");
    public string PoolKeys => T(
        "↑↓ 浏览后备干部（按单位、姓名排列）；/ 筛选（姓名、单位、类别、方案或状态）\nEnter 打开档案：培养考核记录、规则提示与可办理的事项\nF6 结构分析：方案与单位的数量结构缺口、年龄梯次，并保存结构分析表",
        "↑↓ browse reserves (by unit, then name); / filters (name, unit, track, scheme or status)\nEnter opens the file: records, what the rules say, what can be done\nF6 structure dashboard of a scheme and unit, saved as a document");
    public string KeyDashboard => T("结构分析", "Dashboard");
    public string NoReserves => T("人才库尚无后备干部：选拔批次中“纳入后备干部队伍”的人选会出现在这里", "No reserve yet: those admitted in a campaign appear here");
    public string NoMatch => T("没有符合筛选的后备干部（Esc 清除筛选）", "No reserve matches the filter (Esc clears it)");
    public string PoolCount(int shown, int all, int due) => T($"{shown}/{all} 人{(due > 0 ? $"，{due} 人待考察" : "")}", $"{shown}/{all}{(due > 0 ? $", {due} due for review" : "")}");
    public string FilterTooLong(int limit) => T($"筛选最多 {limit} 字，多出的未输入", $"The filter takes at most {limit} characters; the rest was not typed");
    public string ReviewDueMark => T("·待考察", "·review due");
    public string ReserveFileTitle(string name) => T($"{name} 的档案（Esc 返回）", $"File of {name} (Esc goes back)");

    public string ToolAppraisal => T("[录入] 年度考核（称职、基本称职、不称职比例）", "[enter] Annual appraisal");
    public string ToolTraining => T("[录入] 培养记录（挂职、轮岗、交流、党校学习等）", "[enter] Training");
    public string ToolTalk => T("[录入] 谈心谈话", "[enter] Talk");
    public string ToolReport => T("[录入] 重大事项报告", "[enter] Report of a major matter");
    public string ToolExam => T("[录入] 理论考试", "[enter] Theory exam");
    public string ToolPromote => T("[办理] 提拔使用", "[act] Promote");
    public string ToolPromoteHeld(string why) => T($"[暂不可] 提拔使用：{why}", $"[not now] Promote: {why}");
    public string ToolRemoveProposed(string reason) => T($"[建议] 调整出库：{reason}", $"[proposed] Remove: {reason}");
    public string ToolRemove => T("[办理] 调整出库", "[act] Remove from the pool");

    public string RecordTitle(string kind, string name) => T($"{kind} — {name}", $"{kind} — {name}");
    public string DateHint => T("日期 YYYY-MM-DD，可空（今天）  ", "Date YYYY-MM-DD, may be empty (today)  ") + EnterNextOrConfirm;
    public IReadOnlyList<FormField> AppraisalFields => [T("考核日期", "Date"), T("称职", "Fit"), T("基本称职", "Basically fit"), T("不称职", "Unfit"), PoolNote(T("说明", "Note"))];
    public string AppraisalHint => T("比例如 85%、85 或 0.85；基本称职、不称职可空（0）\n不称职票超过方案限度的，提示调整出库  ", "Shares as 85%, 85 or 0.85; empty is 0\nAbove the scheme's unfit limit, removal is proposed  ") + EnterNextOrConfirm;
    public IReadOnlyList<FormField> TrainingFields => [T("日期", "Date"), T("培养方式", "Form"), PoolNote(T("内容", "What"))];
    public string TrainingHint(IReadOnlyList<string> forms) =>
        T("方案所列方式：", "The scheme's forms: ") + (forms.Count == 0 ? T("（未列）", "(none)") : string.Join("；", forms)) + "\n" + DateHint;
    public IReadOnlyList<FormField> TalkFields => [T("日期", "Date"), FormField.Name(T("谈话人", "Talked with")), PoolNote(T("谈话摘要", "Summary"))];
    public IReadOnlyList<FormField> PoolReportFields => [T("日期", "Date"), T("报告事项", "Matter"), PoolNote(T("具体情况", "Details"))];
    public string PoolReportHint(IReadOnlyList<string> matters) => T("事项如：", "Matters such as: ") + string.Join("、", matters) + "\n" + DateHint;
    public IReadOnlyList<FormField> ExamFields => [T("考试日期", "Date"), T("分数", "Score"), T("是否合格", "Passed"), PoolNote(T("说明", "Note"))];
    public string ExamHint => T("是否合格填“合格”或“不合格”\n", "Passed: 合格 or 不合格\n") + DateHint;
    public string Recorded(string kind, string name) => T($"已登记{kind}：{name}", $"Recorded {kind}: {name}");
    public string DateField => T("日期", "The date");
    public string NotRecorded(string problem) => T($"{problem}；未登记", $"{problem}; nothing recorded");

    public string PromoteTitle(string name) => T($"提拔使用 — {name}", $"Promote — {name}");
    public IReadOnlyList<FormField> PromoteFields => [FormField.Name(T("任用职务", "Post")), T("任用日期", "Date")];
    public string Promoted(string name) => T($"已办理提拔使用：{name}", $"Promoted: {name}");

    public string RemoveTitle(string name) => T($"调整出库 — {name}", $"Remove from the pool — {name}");
    public IReadOnlyList<FormField> RemoveFields => [T("原因序号", "Reason no."), PoolNote(T("情况说明", "Note")), T("调整日期", "Date")];

    // A pool record's note is one line in the file and the dossier (a table cell), however long.
    private static FormField PoolNote(string label) => new(label, Services.Pool.PoolService.TextLimit);
    public string RemoveHint(IEnumerable<string> reasons) => T("方案所列原因（* 须写明情况）：\n", "The scheme's reasons (* needs a note):\n") + string.Join("\n", reasons) + "\n" + DateHint;
    public string Removed(string name) => T($"已调整出库：{name}", $"Removed from the pool: {name}");
    public string ProposalNotice(string reason) => T($"；提示：建议调整出库——{reason}", $"; proposed: removal — {reason}");

    public string DashboardTitle => T("结构分析（数量与结构缺口、年龄梯次）", "Structure dashboard");
    public IReadOnlyList<string> DashboardFields => En ? ["Scheme id", "Unit (empty: all)"] : ["方案 id", "单位（空为全部）"];
    public string DashboardHint => T("方案 id 如 college、street、county；单位含其下属单位  ", "Scheme id such as college, street, county; a unit includes its sub-units  ") + EnterNextOrConfirm;
    public string NoGaps => T("各项数量与结构要求均已达标", "Every quantity and structure rule is met");
    public string GapsFound(int n) => T($"有 {n} 项缺口，见“下次选拔宜补充”", $"{n} gaps: see what the next selection should seek");
}
