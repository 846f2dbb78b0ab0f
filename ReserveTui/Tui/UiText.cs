namespace ReserveTui.Tui;

/// <summary>Every string the terminal UI shows, in Chinese and English, in one place.</summary>
internal sealed record UiText(string Language)
{
    private bool En => Language == "en";

    private string T(string zh, string en) => En ? en : zh;

    public string AppTitle => T("ReserveTui 后备干部选拔", "ReserveTui — reserve cadre selection");
    public string Schemes => T("方案", "Schemes");
    public string People => T("人员", "People");
    public string Help => T("帮助", "Help");
    public string Back => T("返回", "Back");
    public string Quit => T("退出", "Quit");
    public string Close => T("关闭", "Close");
    public string CloseHelp => T("按 Esc 关闭帮助", "Press Esc to close help");
    public string Filter => T("筛选：", "Filter: ");
    public string FailedPlugins => T("加载失败的插件", "Plugins that failed to load");
    public string NoSchemes => T("（没有加载任何方案）", "(no scheme loaded)");
    public string NoPeople => T("尚无人员数据，可用 reserve people import 或 reserve demo 导入", "No people yet: use reserve people import or reserve demo");
    public string PeopleCount(int shown, int total) => En ? $"{total} people" : $"共 {total} 人";
    public string HelpTitle(string screen) => T($"帮助 — {screen}", $"Help — {screen}");
    public string GlobalKeys => T("F1 或 ? 帮助  F2 方案  F3 人员  Esc 返回  q 或 Ctrl+Q 退出", "F1 or ? help  F2 schemes  F3 people  Esc back  q or Ctrl+Q quit");
    public string SchemesKeys => T("↑↓ 选择方案，右侧显示类别与规则\nTab 切换到规则栏，↑↓ PgUp PgDn 滚动", "↑↓ choose a scheme; its tracks and rules show on the right\nTab moves to the rules pane; ↑↓ PgUp PgDn scroll");
    public string PeopleKeys => T("/ 筛选（姓名、单位或身份证号），Enter 确认，Esc 清除筛选\n↑↓ PgUp PgDn 浏览", "/ filter (name, unit or ID number), Enter applies, Esc clears\n↑↓ PgUp PgDn browse");
    public IReadOnlyList<string> PeopleHeaders => En ? ["Name", "Gender", "Born", "Education", "Title", "Rank", "Unit"] : Services.PersonRow.Headers;
}
