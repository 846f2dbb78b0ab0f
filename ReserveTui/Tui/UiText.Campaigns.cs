using ReserveTui.Tui.Widgets;

namespace ReserveTui.Tui;

/// <summary>
/// The campaign and unit screens' own words. Policy content — rule texts, action and record names, tracks,
/// channels, voter categories, documents — comes from the plugins and services in Chinese and is shown as it is.
/// </summary>
internal sealed partial record UiText
{
    // Keys and form hints
    public string EnterNextOrConfirm => T("Enter 下一项/确认  Esc 取消", "Enter next/confirm  Esc cancel");
    public string EnterConfirm => T("Enter 确认  Esc 取消", "Enter confirm  Esc cancel");

    // Header and lists
    // The state first on its line: at 60 columns the line is cut, and what stage the campaign is at must stay in sight.
    public string CampaignHeader(string scheme, string version, string unit, int year, string state, int rowVersion) =>
        En ? $"{scheme} v{version}\nnow: {state}  version {rowVersion}  {unit} {year}" : $"{scheme} v{version}\n当前：{state}  版本 {rowVersion}  {unit} {year} 年";
    public string VoteShare(string share, bool concentrated) =>
        En ? $"  votes {share}{(concentrated ? "" : " (below threshold)")}" : $"  得票 {share}{(concentrated ? "" : "（未达门槛）")}";
    public string ConfirmFinal(string action) => T($"“{action}”之后不能撤销：再按一次 Enter 确认", $"“{action}” cannot be undone: press Enter again to confirm");
    public string ConfirmPhaseEnd(string action, int behind, string stage) =>
        T($"还有 {behind} 名人选未完成“{stage}”阶段的步骤，“{action}”后不再办理：再按一次 Enter 确认", $"{behind} nominees have steps of “{stage}” left, which “{action}” leaves behind: press Enter again to confirm");
    public string PeriodOnLine(string label, DateOnly from, DateOnly last) =>
        T($"  {label} {from:yyyy-MM-dd} 至 {last:MM-dd}", $"  {label} {from:yyyy-MM-dd} to {last:MM-dd}");
    public string NotWritten(string message) => T($"未写入：{message}", $"Nothing written: {message}");

    // Campaign tools
    public string ToolNominateName => T("提名人选（F8）", "Nominate (F8)");
    public string ToolBallotName => T("录入推荐票（F9）", "One ballot (F9)");
    public string ToolBallotFileName => T("推荐票文件（CSV / xlsx）", "Ballot file (CSV / xlsx)");
    public string TagEnter => T("录入", "enter");
    public string TagImport => T("导入", "import");

    /// <summary>A line of the action list: its tag in brackets, then what it is.</summary>
    public static string Tagged(string tag, string name) => $"[{tag}] {name}";
    public string ToolTally => T("[查看] 计票（F6）", "[view] Tally (F6)");
    public string ToolTargets(int count, int shortOf) =>
        T("[查看] 数量与结构目标", "[view] Quantity and structure targets")
        + (count == 0 ? "" : shortOf == 0 ? T("（均已达到）", " (all met)") : T($"（{shortOf} 项未达）", $" ({shortOf} not met)"));
    public string ToolScoresFile => T("[导入] 成绩文件（笔试、演讲答辩、组织考察）", "[import] Score file (written, speech, inspection)");
    public string ToolRanking => T("[查看] 成绩排名", "[view] Ranking");
    public string ToolHistory => T("[查看] 全程记实（F7）", "[view] Full record (F7)");
    public string ToolDocument(string name) => T($"[文档] {name}（预览并保存）", $"[document] {name} (preview and save)");
    public string DocumentName(Services.DocumentKind kind) => T(kind.Name, $"{kind.Name} ({kind.Id})");
    public string ToolApprove(bool recorded) => recorded
        ? T("[录入] 修改方案审核（上级组织部门，第一篇 4.二）", "[enter] Change the plan's approval (superior department, 第一篇 4.二)")
        : T("[录入] 登记方案审核（上级组织部门，第一篇 4.二）", "[enter] Record the plan's approval (superior department, 第一篇 4.二)");
    public string ApprovalLine(string approver, DateOnly on, string document) =>
        T($"[已审核] {approver}，{on:yyyy-MM-dd}，{document}", $"[approved] {approver}, {on:yyyy-MM-dd}, {document}");

    // 公示受理
    public string ToolNoticeContact(string? recorded) => recorded is null
        ? T("[录入] 公示受理方式（电话、地址，印在考察公示上）", "[enter] Where to report during the notice (printed on it)")
        : T($"[录入] 公示受理方式：{recorded}", $"[enter] Where to report during the notice: {recorded}");
    public string NoticeContactTitle => T("公示受理方式", "Where to report during the notice");
    public string NoticeContactField => T("受理方式", "How to report");
    public string NoticeContactHint(int limit) => T($"电话、地址、信箱等，不超过 {limit} 字  ", $"Telephone, address, mailbox; at most {limit} characters  ") + EnterNextOrConfirm;
    public string NoticeContactRecorded => T("已登记公示受理方式", "Recorded where to report during the notice");

    // Plan approval (第一篇 4.二)
    public string ApproveTitle => T("方案审核（第一篇 4.二）", "Plan approval (第一篇 4.二)");
    public IReadOnlyList<string> ApproveFields => En ? ["Approved by", "Date", "Document no."] : ["审核单位", "审核日期", "审核文号"];
    public string ApproveHint => T(
        "方案经上级党委组织部门审核后方可公布执行\n日期 YYYY-MM-DD，可空（今天）  ",
        "The plan runs only after the superior organisation department has approved it\nDate YYYY-MM-DD, may be empty (today)  ") + EnterNextOrConfirm;
    public string ApprovalRecorded => T("已登记方案审核，可以公布选拔方案", "Approval recorded; the plan may now be published");

    // New campaign
    public string NewCampaignTitle => T("新建选拔批次", "New campaign");
    public string NotCreated(string problem) => T($"{problem}；未新建", $"{problem}; nothing created");
    public string CampaignCreated => T("已新建选拔批次", "Campaign created");

    // Publication, nomination, ballots, files
    public string PublicationTitle => T("选拔前公开（第一篇 3.一）", "Pre-selection publication (第一篇 3.一)");
    public string PublicationHint => T("六项都须填写  ", "All six items are required  ") + EnterNextOrConfirm;
    public string ActionNoteTitle(string action, string name) => T($"{action} — {name}", $"{action} — {name}");
    public IReadOnlyList<FormField> ActionNoteFields => [FormField.Note(T("理由", "Reason"))];
    public string ActionNoteHint => T("须写明理由（记入全程记实）  ", "A reason is required (kept in the full record)  ") + EnterConfirm;
    public string BallotEntered => T("已录入 1 张推荐票", "1 ballot entered");
    public IReadOnlyList<string> FileFields => En ? ["File path"] : ["文件路径"];
    public string BallotFileTitle => T("导入推荐票文件", "Import a ballot file");
    public string BallotFileHint => T(
        "CSV 或 .xlsx，列：投票人类别、推荐人选（用 ; 或 、 分隔），每行一张票\n任何一行有错则整份不导入，并列出各行原因  ",
        "CSV or .xlsx with columns 投票人类别, 推荐人选 (names separated by ; or 、), one ballot per row\nAny bad row rejects the whole file, each row's reason listed  ") + EnterConfirm;
    public string BallotsImported(int n) => T($"已导入 {n} 张推荐票", $"{n} ballots imported");
    public string ToolVoidBallotsName => T("作废推荐票（一张或一次导入）", "Void ballots (one, or an import)");
    public string VoidBallotsTitle => T("作废推荐票", "Void ballots");
    public IReadOnlyList<FormField> VoidBallotsFields => [T("票号或批号", "Ballot or import"), new(T("作废原因", "Reason"), Services.Campaigns.BallotService.VoidReasonLimit)];
    public string VoidBallotsHint(string imports) => T(
        $"票号写数字（如 12），一次导入写“批”加批号（如 批2）\n{imports}\n作废的票保留在记录中、标明原因，不再计票  ",
        $"A ballot by its number (12), an import by 批 and its number (批2)\n{imports}\nVoided ballots stay on file with the reason and are not counted  ") + EnterConfirm;
    public string NoBallotImports => T("（尚无导入）", "(no imports yet)");
    public string BallotImportLine(int batch, string file, DateTimeOffset at, string by, int count, string? voided) => T(
        $"批{batch}：{file}，{at:MM-dd HH:mm} {by}，{count} 张" + (voided is null ? "" : "（已作废）"),
        $"批{batch}: {file}, {at:MM-dd HH:mm} {by}, {count}" + (voided is null ? "" : " (voided)"));
    public string VoidTargetNotANumber(string text) => T($"“{text}”不是票号或导入批号：票号写数字（如 12），导入批号写“批”加数字（如 批2）", $"\"{text}\" is not a ballot number (12) or an import (批2)");
    public string BallotsVoided(int n) => T($"已作废 {n} 张推荐票（保留在记录中，不再计票）", $"{n} ballots voided (kept on file, not counted)");
    public string VoidedLine(int n) => T($"另有作废 {n} 张，不计入", $"{n} voided ballots not counted");
    public string ScoresFileTitle => T("导入成绩文件", "Import a score file");
    public string ScoresFileHint => T(
        "CSV 或 .xlsx：姓名 + 各计分项（中文名或 id），逐项校验满分\n任何一处有错则整份不导入  ",
        "CSV or .xlsx: 姓名 + one column per scored part (Chinese name or id), each checked against its maximum\nAny error rejects the whole file  ") + EnterConfirm;
    public string ScoresImported(int n) => T($"已导入 {n} 人的成绩", $"Scores of {n} imported");

    // Views
    public string Total => T("合计", "overall");
    public string TallyLine(string category, int ballots, string votes) => T($"{category}（{ballots} 票）：{votes}", $"{category} ({ballots} ballots): {votes}");
    public string ThresholdLine(string threshold) => T(
        $"集中度门槛 {threshold}：不足门槛的人选不列为考察对象，不降低标准凑数（宁缺勿滥）",
        $"Concentration threshold {threshold}: nominees below it are not taken forward; it is never lowered to fill the quota (宁缺勿滥)");
    public string BelowThreshold(string names) => T($"低于门槛：{names}", $"Below the threshold: {names}");
    public string TargetsTitle => T("数量与结构目标（按单位职数、类型与在库后备计算）", "Quantity and structure targets (from units' posts, kinds and the reserves in the pool)");
    public string TargetStatus(ReserveSdk.PoolStatus s) => s switch
    {
        ReserveSdk.PoolStatus.Met => T("已达到", "met"),
        ReserveSdk.PoolStatus.Short => T("未达到", "short"),
        _ => T("提示", "note"),
    };
    public string NoTargets => T("本方案没有数量与结构目标", "This scheme sets no quantity or structure target");
    public string RankingTitle => T("成绩排名（同分按方案规定的次序比较）", "Ranking (ties broken in the scheme's order)");
    public string RankLine(int rank, string name, decimal total) => T($"第 {rank} 名  {name}  总分 {total}", $"#{rank}  {name}  total {total}");
    public string NoRanking => T("尚无完整成绩：先导入成绩文件", "No complete scores yet: import a score file first");

    // Nominee: what is recorded
    public string Debriefed(string? note) => T("述职：已述职", "述职: given") + (string.IsNullOrWhiteSpace(note) ? "" : T("，", ", ") + note);
    public string InspectionShares(string fit, string basic, string unfit) =>
        T($"民主测评：称职 {fit}  基本称职 {basic}  不称职 {unfit}", $"民主测评: fit {fit}  basically fit {basic}  unfit {unfit}");
    public string Conclusion(string c) => T($"考察结论：{c}", $"Conclusion: {c}");
    public string ReportLine(int number, string status, string text) => T($"举报 {number}（{status}）：{text}", $"Report {number} ({status}): {text}");
    public string DocumentsLine(string given, string? missing) =>
        T($"报名材料：已交 {given}", $"Documents: given {given}") + (missing is null ? T("；已齐全", "; complete") : T($"；未交 {missing}", $"; missing {missing}"));
    public string ScoresLine(string scores) => T($"成绩：{scores}", $"Scores: {scores}");
    public string ExamPassed => T("考选：合格", "考选: passed");
    public string RelaxationLine(string rule, string? reason, string? approver, string by) =>
        T($"放宽 {rule}：{reason}（批准人 {approver}，{by} 登记）", $"Relaxed {rule}: {reason} (approved by {approver}, recorded by {by})");
    public string AttestedLine(string list) => T($"已认定：{list}", $"Attested: {list}");
    public string RulesSeparator => T("── 资格条件 ──", "── eligibility ──");

    // Nominee: forms and results
    public string Attested(string rule) => T($"已认定：{rule}", $"Attested: {rule}");
    public string AttestTitle(string rule, string name) => T($"认定 {rule} — {name}", $"Attest {rule} — {name}");
    public IReadOnlyList<FormField> AttestFields => [FormField.Note(T("认定依据", "Basis"))];
    public string AttestHint(string condition) => T($"条件：{condition}\n写明认定依据（如：经考察谈话、征求纪检意见认定），记入全程记实  ", $"Condition: {condition}\nState the basis (e.g. the inspection interviews); it is kept in the record  ") + EnterConfirm;
    public string AttestBasisMissing => T("认定须写明依据", "An attestation needs its basis");
    public string NothingToAttest(string rule, string outcome) => T($"{rule} 当前为“{outcome}”，不需要认定（F8 只用于待认定的条件）", $"{rule} is “{outcome}”: nothing to attest (F8 is for conditions waiting for attestation)");
    public string NothingToRelax(string rule, string outcome) => T($"{rule} 当前为“{outcome}”，无需放宽（F9 只用于未满足的可放宽条件）", $"{rule} is “{outcome}”: nothing to relax (F9 is for unmet relaxable conditions)");
    public string NotRelaxable(string rule, string kind) => T($"{rule} 是{kind}，不可放宽", $"{rule} is {kind}: it cannot be relaxed");
    public string RelaxTitle(string rule) => T($"放宽 {rule}", $"Relax {rule}");
    public IReadOnlyList<FormField> RelaxFields => [FormField.Note(T("理由", "Reason")), FormField.Name(T("批准人", "Approver"))];
    public string Relaxed(string rule) => T($"已放宽：{rule}", $"Relaxed: {rule}");
    public string DebriefTitle(string name) => T($"述职 — {name}", $"述职 — {name}");
    public IReadOnlyList<FormField> DebriefFields => [FormField.Note(T("述职情况", "Note"))];
    public string DebriefHint => T("可空  ", "May be empty  ") + EnterConfirm;
    public string InspectionTitle(string name) => T($"组织考察 — {name}", $"Inspection — {name}");
    public IReadOnlyList<FormField> InspectionFields => [T("称职", "Fit"), T("基本称职", "Basic. fit"), T("不称职", "Unfit"), FormField.Note(T("考察结论", "Conclusion"))];
    public string InspectionHint => T("民主测评各档比例，填 85% 或 0.85，合计不超过 100%\n考察结论必填  ", "Shares of the 民主测评 as 85% or 0.85, together at most 100%\nThe conclusion is required  ") + EnterNextOrConfirm;
    public string SharesInvalid(string a, string b, string c) => T($"比例应为百分数或 0 到 1 的小数：{a}、{b}、{c}；未写入", $"Shares must be percentages or decimals from 0 to 1: {a}, {b}, {c}; nothing written");
    public string InspectionRecorded(string name) => T($"已录入考察结果：{name}", $"Inspection recorded: {name}");
    public string FindingSuffix(string finding) => T($"；核查情况：{finding}", $"; found: {finding}");
    public string ReportTitle(string name) => T($"公示举报 — {name}", $"Report — {name}");
    public IReadOnlyList<FormField> ReportFields => [FormField.Note(T("举报内容", "Report"))];
    public string ReportHint => T("登记后须核查：经查属实的取消人选资格  ", "Every report must be checked; a verified one disqualifies  ") + EnterConfirm;
    public string ReportRecorded(string name) => T($"已登记举报：{name}", $"Report recorded: {name}");
    public string ResolveTitle(string name) => T($"核查举报 — {name}", $"Check a report — {name}");
    public IReadOnlyList<FormField> ResolveFields => [T("举报编号", "Number"), T("核查结果", "Verdict"), FormField.Note(T("核查情况", "What was found"))];
    public string ResolveHint => T("核查结果填 属实 或 不实；核查情况写明查了什么、查明了什么  ", "Verdict: 属实 (verified) or 不实 (unfounded); say what the check found  ") + EnterNextOrConfirm;
    public string ResolveInvalid(string a, string b) => T($"举报编号应为数字，核查结果填 属实 或 不实：{a}、{b}；未写入", $"The number must be a number and the finding 属实 or 不实: {a}, {b}; nothing written");
    public string Resolved(int number, bool verified) => T($"已核查第 {number} 号举报：{(verified ? "属实" : "不实")}", $"Report {number} checked: {(verified ? "verified" : "unfounded")}");
    public string DocumentsTitle(string name) => T($"报名材料 — {name}", $"Documents — {name}");
    public IReadOnlyList<string> DocumentsFields => En ? ["Received"] : ["收到的材料"];
    public string DocumentsHint => T("填编号，用空格或 、 分隔  ", "Numbers separated by spaces or 、  ") + EnterConfirm;
    public string DocumentNumbersInvalid(int max, string v) => T($"材料编号应为 1 到 {max}：{v}；未写入", $"Document numbers go from 1 to {max}: {v}; nothing written");
    public string DocumentsRecorded(int n) => T($"已登记报名材料：{n} 项", $"Documents recorded: {n}");
    public string ScoresTitle(string name) => T($"成绩 — {name}", $"Scores — {name}");
    public string ScoresHint(string maxima) => T($"满分：{maxima}\n", $"Maxima: {maxima}\n") + EnterNextOrConfirm;
    public string ScoreNotANumber(string part, string v) => T($"“{part}”应为数字：{v}；未写入", $"“{part}” must be a number: {v}; nothing written");
    public string ScoresRecorded(string name) => T($"已录入成绩：{name}", $"Scores recorded: {name}");
    public string ExamRecorded(string name) => T($"已记录考选合格：{name}", $"考选 passed: {name}");

    // Units
    public string AddUnitTitle => T("添加单位", "Add a unit");
    public IReadOnlyList<FormField> UnitFields => [FormField.Name(T("单位名称", "Name")), FormField.Name(T("类型", "Kind")), T("正职职数", "Principal posts"), T("副职职数", "Deputy posts"), FormField.Name(T("上级单位", "Parent"))];
    /// <summary>The unit form's hint: the kinds the loaded schemes count, then the rest.</summary>
    public string UnitHint(IReadOnlyCollection<string> kinds) => T(
        $"类型{(kinds.Count == 0 ? "如实填写" : "可填：" + string.Join("、", kinds))}\n职数填数字；上级单位可空  ",
        $"Kinds: {(kinds.Count == 0 ? "any" : string.Join("、", kinds))}\nPosts are numbers; the parent may be empty  ") + EnterNextOrConfirm;
    public string PostsNotNumbers(string a, string b) => T($"职数应为数字：正职“{a}”，副职“{b}”；未添加", $"Posts must be numbers: principal “{a}”, deputy “{b}”; nothing added");
    public string UnitAdded(string name) => T($"已添加单位：{name}", $"Unit added: {name}");
    public string EditUnitTitle(string name) => T($"修改单位 — {name}", $"Change unit — {name}");
    public string UnitChanged(string name) => T($"已修改单位：{name}", $"Unit changed: {name}");
}
