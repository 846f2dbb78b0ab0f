using ReserveTui.Hosting;

namespace ReserveTui.Services.Pool;

/// <summary>
/// A reserve's status (在库, 期满取消, 已调整, 已提拔) and its CLI code (in-pool, lapsed, removed, promoted — a
/// contract scripts rely on).
/// </summary>
internal static class ReserveStatuses
{
    public const string InPool = "在库";
    public const string Lapsed = "期满取消";
    public const string Removed = "已调整";
    public const string Promoted = "已提拔";

    private static readonly (string Code, string Chinese)[] All =
        [("in-pool", InPool), ("lapsed", Lapsed), ("removed", Removed), ("promoted", Promoted)];

    public static IReadOnlyList<string> Codes { get; } = All.Select(s => s.Code).ToList();

    public static string Code(string chinese) => All.FirstOrDefault(s => s.Chinese == chinese).Code ?? chinese;

    /// <summary>The stored (Chinese) status for a code or a Chinese name; a clear refusal for anything else.</summary>
    public static string Parse(string text) =>
        All.FirstOrDefault(s => s.Code == text || s.Chinese == text).Chinese
        ?? throw new ReserveException(ErrorCode.Usage, $"状态“{OperatorInput.Echo(text)}”不认识（可用：{string.Join("、", All.Select(s => $"{s.Code}（{s.Chinese}）"))}）");
}
