namespace ReserveTui.Tui;

/// <summary>Every string the terminal UI shows, in Chinese and English, in one place.</summary>
internal sealed partial record UiText(string Language)
{
    private bool En => Language == "en";

    private string T(string zh, string en) => En ? en : zh;

    /// <summary>Said when a new plugin build was loaded while the program ran.</summary>
    public string PluginsReloaded(IEnumerable<string> schemes, int failures) =>
        (En ? "Scheme plugins reloaded: " : "已重新加载方案插件：") + string.Join(En ? ", " : "、", schemes)
        + (failures == 0 ? "" : En ? $" ({failures} failed: see `reserve schemes`)" : $"（{failures} 个加载失败，用 reserve schemes 查看）")
        + (En ? ". A campaign run under another version of its scheme says so when opened." : "。按其他版本开展的批次，打开时会说明须加载原版本。");

    /// <summary>The operator on the top bar: 张三·管理员.</summary>
    public string OperatorLine(Services.Access.OperatorAccess a) =>
        En ? $"{a.Name} ({Services.Access.RoleNames.Code(a.Role)})" : $"{a.Name}·{Services.Access.RoleNames.Chinese(a.Role)}";

    public string AppTitle => T("ReserveTui 后备干部选拔", "ReserveTui — reserve cadre selection");
    public string Schemes => T("方案", "Schemes");

    /// <summary>The first frame's body while the plugins load (keys typed meanwhile are kept and played after).</summary>
    public string Opening => T("正在载入方案……", "Loading the schemes…");

    /// <summary>Said in the shell when the services could not be opened after the first frame.</summary>
    public string OpeningFailed(string message) => T($"未能打开：{message}\n按 Ctrl+Q 退出。", $"Could not open: {message}\nPress Ctrl+Q to quit.");
    public string People => T("人员", "People");
    public string Campaigns => T("选拔批次", "Campaigns");
    public string Actions => T("操作", "Actions");
    public string Nominees => T("人选", "Nominees");
    public string Permitted => T("可执行", "ready");
    public string HeldBack => T("暂不可", "held");
    public string NoCampaigns => T("尚无选拔批次：按 Ctrl+N 新建", "No campaign yet: Ctrl+N creates one");
    public string Done => T("已执行", "Done");
    public string CampaignsKeys => T(
        "↑↓ 选择  Tab 切换栏（批次、操作、人选）  Enter 执行；暂不可的只显示原因，不做修改\n" +
        "操作栏：先是流程操作，然后是提名、推荐票、导入推荐票文件、计票、数量与结构目标、成绩、全程记实\n" +
        "人选上按 Enter：已登记情况与资格条件（需处理的在前），人选操作与登记项（考察结果、公示举报、核查、报名材料、成绩）\n" +
        "人选中：Tab 到规则栏，选一条条件后按 F8 认定、F9 放宽（理由、批准人）",
        "↑↓ choose  Tab next pane (campaigns, actions, nominees)  Enter acts; held-back ones only say why\n" +
        "Action list: workflow actions, then nominate, ballots, ballot file, tally, targets, scores, full record\n" +
        "Enter on a nominee: what is recorded and the rules (work first), its actions and records (inspection, reports, check, documents, scores)\n" +
        "In a nominee: Tab to the rules, choose one, then F8 attests, F9 relaxes (reason, approver)");
    public string Units => T("单位", "Units");
    public string UnitsKeys => T("↑↓ 浏览单位（类型、正职与副职职数、上级单位）\nEnter 修改所选单位（上级单位留空表示没有上级）\n批次的数量目标按单位职数和类型计算，修改后即时生效", "↑↓ browse units (kind, principal and deputy posts, parent)\nEnter changes the unit (an empty parent means none)\nCampaign targets are derived from units' posts and kinds, and follow a change at once");
    public string NoUnits => T("尚无单位：按 Ctrl+N 添加，或用 reserve unit add / reserve demo", "No unit yet: Ctrl+N adds one (or reserve unit add / reserve demo)");
    public string UnitHeaders => T("单位名称                      类型      正职 副职 上级单位", "Unit                          Kind      Prin Dep  Parent");
    public string TallyTitle => T("计票（按投票人类别分别统计）", "Tally by voter category");
    public string HistoryTitle => T("全程记实", "Full record");
    public string Help => T("帮助", "Help");
    public string Back => T("返回", "Back");
    public string Quit => T("退出", "Quit");
    public string Close => T("关闭", "Close");
    public string CloseHelp => T("按 Esc 关闭帮助", "Press Esc to close help");

    public string FaultTitle => T("出错了", "Something went wrong");

    public string NoticeTitle => T("提示", "Note");

    public string CloseNotice => T("按 Esc 关闭，界面保持原样", "Press Esc to close; the screen is as it was");

    public string DatabaseCreated(string path) => T($"已新建数据库 {path}。\n可在命令行用 reserve people import 导入名册，或运行 reserve demo 试用示例数据。", $"Created a new database at {path}.\nImport a roster with `reserve people import`, or try `reserve demo` for sample data.");

    public string DatabaseUpgraded(string backup) => T($"数据库已升级到新的结构版本；升级前的文件已备份为 {backup}。", $"The database was upgraded; the file as it was is kept at {backup}.");
    public string Filter => T("筛选：", "Filter: ");
    public string FailedPlugins => T("加载失败的插件", "Plugins that failed to load");
    public string NoSchemes => T("（没有加载任何方案）", "(no scheme loaded)");
    public string NoPeople => T("尚无人员（reserve people import 或 demo）", "No people (reserve people import or demo)");
    public string PeopleCount(int shown, int total) => En ? $"{total} people" : $"共 {total} 人";
    public string HelpTitle(string screen) => T($"帮助 — {screen}", $"Help — {screen}");
    // The screens' own keys (KeyTable): short, because the status bar shows them too.
    public string KeysOfCampaigns => T("批次", "Campaign");
    public string KeysOfNominee => T("人选中（规则栏）", "In a nominee (rules)");
    public string KeysOfProfile => T("人员详情中", "In a profile");
    public string KeyNewCampaign => T("新建批次", "New campaign");
    public string KeyRefresh => T("刷新", "Refresh");
    public string KeyTally => T("计票", "Tally");
    public string KeyHistory => T("全程记实", "Full record");
    public string KeyNominate => T("提名", "Nominate");
    public string KeyBallot => T("录入推荐票", "Enter a ballot");
    public string KeyAttest => T("认定", "Attest");
    public string KeyRelax => T("放宽", "Relax");
    public string KeyNominatePerson => T("提名到批次", "Nominate into a campaign");
    public string KeyFilter => T("筛选", "Filter");
    public string KeyAddUnit => T("添加单位", "Add a unit");
    public string KeyDocument => T("方案文档", "Scheme document");
    public string KeySaveDocument => T("保存文档", "Save the document");
    public string DocumentTitle(string name) => T($"{name}（文档预览，Esc 返回）", $"{name} (document preview, Esc goes back)");

    /// <summary>
    /// One document saved in several formats. The status line is one line of 60 columns at the least, too short for
    /// a path, so it names the formats and the paths are written at the end of the previewed document.
    /// </summary>
    public string DocumentSaved(IReadOnlyList<string> formats) =>
        T($"已保存 {string.Join("、", formats)}，位置见文末", $"Saved {string.Join(", ", formats)}; paths at the end");

    public string SavedFiles(IEnumerable<string> paths) => T("已保存：", "Saved:") + string.Concat(paths.Select(p => "\n  " + p));
    public string NoDocumentShown => T("先按 F6 预览方案文档", "Press F6 to preview the scheme document first");
    public string ChooseARule => T("先按 Tab 到规则栏，选一条条件", "Tab to the rules and choose one first");

    public string GlobalKeys => T("F1 或 ? 帮助  F2 方案  F3 人员  F4 批次  F5 单位  Esc 返回  q 退出", "F1 or ? help  F2 schemes  F3 people  F4 campaigns  F5 units  Esc back  q quit");
    public string SchemesKeys => T("↑↓ 选择方案，右侧显示类别与规则\nTab 切换到规则栏，↑↓ PgUp PgDn 滚动\n方案文档由模板生成（templates/），保存为 Markdown，在数据文件夹的 documents/ 下", "↑↓ choose a scheme; its tracks and rules show on the right\nTab moves to the rules pane; ↑↓ PgUp PgDn scroll\nThe scheme document comes from the templates (templates/) and is saved as Markdown in documents/ of the data folder");
    public string PeopleKeys => T("/ 筛选（姓名、单位或身份证号），Enter 确认，Esc 清除筛选\n↑↓ PgUp PgDn 浏览；Enter 查看此人的全部情况及各方案各类别的资格（以今天为基准日），其中 F8 把此人提名到某个批次；Esc 返回", "/ filter (name, unit or ID number), Enter applies, Esc clears\n↑↓ PgUp PgDn browse; Enter shows the person's facts and their eligibility for every scheme's tracks (on today's date), where F8 nominates them into a campaign; Esc goes back");
    public string ProfileDate(string on) => T($"基准日 {on}（今天）：年龄、年限按此计算；提名时以批次的基准日为准", $"Reference date {on} (today) for ages and years; a nomination uses its campaign's date");
    public string NoCampaignToNominate => T("尚无选拔批次：先在 F4 选拔批次中按 Ctrl+N 新建", "No campaign yet: create one with Ctrl+N on F4 first");
    public string ProfileOpen(string? tracks) => tracks is null
        ? T("没有符合或待认定的类别", "No track is met or awaiting attestation")
        : T($"符合或待认定：{tracks}", $"Met or awaiting attestation: {tracks}");
    public string ProfileVerdicts => T("── 各方案各类别的资格（未通过的规则列在其下）──", "── eligibility per scheme and track (rules that do not pass below each) ──");
    public IReadOnlyList<string> PeopleHeaders => En ? ["Name", "Gender", "Born", "Education", "Title", "Rank", "Unit"] : Services.PersonRow.Headers;
}
