using System.Globalization;

namespace ReserveTui.Workflow;

/// <summary>
/// A time guard's period as calendar dates: opened on <see cref="From"/> (day 0), its last day <see cref="Last"/>
/// (day N − 1, the day the notice document prints as the end) and the action allowed from <see cref="Ready"/> (day N).
/// </summary>
/// <param name="Label">What the period is (公示, or 自 X 起).</param>
internal sealed record GuardPeriod(string Label, DateOnly From, DateOnly Last, DateOnly Ready)
{
    public static GuardPeriod Of(string label, DateOnly from, int days) => new(label, from, from.AddDays(days - 1), from.AddDays(days));

    /// <summary>"公示 2026-12-03 至 2026-12-09，12-10 起可结束公示", or "…，已期满" once <paramref name="today"/> reaches it.</summary>
    public string Text(string actionName, DateOnly today) =>
        $"{Label} {Day(From)} 至 {Day(Last)}，" + (today >= Ready ? "已期满" : $"{Ready.ToString("MM-dd", CultureInfo.InvariantCulture)} 起可{actionName}");

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
