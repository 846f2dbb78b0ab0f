namespace ReserveTui.Tui;

/// <summary>The pickers' words: choosing a scheme, a unit, a person, a track, a channel, a voter category.</summary>
internal sealed partial record UiText
{
    public string PickHint => T("输入文字筛选  ↑↓ PgUp PgDn 选择  Enter 选定  Esc 取消", "Type to narrow  ↑↓ PgUp PgDn move  Enter choose  Esc cancel");
    public string PickScheme => T("新建选拔批次：选择方案", "New campaign: choose the scheme");
    public string PickUnit(string scheme) => T($"新建选拔批次（{scheme}）：选择单位", $"New campaign ({scheme}): choose the unit");
    public string NoSchemeToPick => T("没有已加载的方案插件，不能新建批次（F2 方案）", "No scheme plugin is loaded; no campaign can be created (F2 schemes)");
    public string NoUnitToPick => T("尚无单位：先在 F5 单位中按 Ctrl+N 添加", "No units yet: add one with Ctrl+N on F5 first");
    public string NewCampaignFormTitle(string scheme, string unit) => T($"新建选拔批次：{scheme}·{unit}", $"New campaign: {scheme} · {unit}");
    public IReadOnlyList<string> NewCampaignYearFields => En ? ["Year", "Ref. date"] : ["年度", "基准日"];
    public string NewCampaignYearHint => T("基准日 YYYY-MM-DD，可空（默认当年 6 月 30 日）\n", "Reference date YYYY-MM-DD, may be empty (30 June of the year)\n") + EnterNextOrConfirm;
    public string YearNotFourDigits(string v) => T($"年度应为四位数字（如 {DateTime.Today.Year}），而填的是“{v}”；未新建", $"The year must be four digits (like {DateTime.Today.Year}), not “{v}”; nothing created");

    public string WhoMayBeNominatedTitle(string unit) => T($"可提名人选（{unit}）", $"Who may be nominated ({unit})");

    // One line at 60 columns: the unit is on the picker's title.
    public string JudgingScope => T("正在读取人员并逐一判断资格，请稍候……", "Reading and judging everyone in scope…");

    public string JudgingHint => T("判断完成后列出（符合的在前）；Esc 取消", "Listed when judged (eligible first); Esc cancels");

    public string WhoMayBeNominated(string unit, int eligible, int all) =>
        T($"可提名人员 — {unit}（{all} 人，{eligible} 人符合条件）", $"Who may be nominated — {unit} ({all} people, {eligible} eligible)");
    public string WhoHint(string tracks) => T($"每行：姓名 出生日期 {tracks} 单位。符合的在前，其后需放宽、待认定、其余\n按姓名、单位或身份证号筛选  Enter 提名  Esc 取消",
        $"Each line: name, birth date, {tracks}, unit. Eligible first, then needs relaxation, pending attestation, the rest\nNarrow by name, unit or ID number  Enter nominate  Esc cancel");
    public string NoPeopleInScope(string unit) => T($"{unit}及其下级单位尚无人员：先在 F3 人员中导入名册", $"{unit} and the units under it have no people yet: import a roster first");
    public string AlreadyOnEveryTrack(string name) => T($"{name} 已是本批次各后备类别的人选", $"{name} is already a nominee on every track of this campaign");
    public string PickTrack(string name) => T($"提名 {name}：选择后备类别", $"Nominate {name}: choose the track");
    public string PickChannel(string name, string track) => T($"提名 {name} 为{track}：选择推荐渠道", $"Nominate {name} as {track}: choose the channel");
    public string PickRank(string channel) => T($"“{channel}”：选择所竞争职位的层次", $"“{channel}”: choose the rank of the post competed for");
    public string ConfirmTitle(string name, string track, string verdict) => T($"{name} 对“{track}”{verdict}：仍要提名吗？", $"{name} is “{verdict}” for {track}: nominate anyway?");
    public string ConfirmNo => T("否，不提名", "No, do not nominate");
    public string ConfirmYes(string name) => T($"是，仍提名 {name}", $"Yes, nominate {name}");
    public string ConfirmWhy => T("未满足的条件（提名后可在人选中放宽或认定，一并记入全程记实）：", "Conditions not met (relax or attest them in the nominee afterwards; all is kept in the record):");
    public string NominatedAs(string name, string? unit, string track, string verdict) =>
        T($"已提名 {name}（{unit ?? "单位未填"}）为{track}人选：{verdict}", $"{name} ({unit ?? "no unit"}) nominated as {track}: {verdict}");
    public string AlreadyNominatedTag => T("已提名", "nominated");

    public string HistoryPickTitle(string unit, int year, int count) => T($"全程记实 — {unit} {year} 年（{count} 条）", $"Full record — {unit} {year} ({count} entries)");
    public string HistoryPickHint => T("输入人选姓名、日期（如 07-01）、操作员或操作筛选  Enter 查看全文  Esc 返回", "Narrow by nominee, date (07-01), operator or action  Enter read whole  Esc back");
    public string PickCampaign(string name) => T($"提名 {name}：选择选拔批次", $"Nominate {name}: choose the campaign");
    public string PickVoterCategory => T("录入推荐票：选择投票人类别", "Enter a ballot: choose the voter group");
    public string BallotFormTitle(string category) => T($"录入推荐票（{category}）", $"Enter a ballot ({category})");
    public IReadOnlyList<string> BallotNamesField => En ? ["Choices"] : ["推荐人选"];
    public string BallotNamesHint(string names) => T($"可推荐：{names}\n人选用 、 或 ; 分隔  ", $"May be chosen: {names}\nSeparate names with 、 or ;  ") + EnterConfirm;
}
