using ReserveTui.Hosting;
using ReserveTui.Services;

namespace ReserveTui.Tui.Widgets;

/// <summary>
/// A date typed into a form, read as the command line reads it (<see cref="OperatorInput.Date"/>), so both say the
/// same: "不是真实存在的日期" for 2026-02-30, "应写成 YYYY-MM-DD" for anything else. Empty is no date.
/// </summary>
internal static class FormDate
{
    /// <summary>Whether <paramref name="text"/> is empty or a real date; otherwise <paramref name="problem"/> says why, naming <paramref name="field"/>.</summary>
    public static bool TryRead(string text, string field, out DateOnly? day, out string problem)
    {
        problem = "";
        try
        {
            day = OperatorInput.Date(text, field);
            return true;
        }
        catch (ReserveException ex) when (ex.Code == ErrorCode.Usage)
        {
            day = null;
            problem = ex.Message;
            return false;
        }
    }
}
