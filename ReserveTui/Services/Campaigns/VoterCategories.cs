namespace ReserveTui.Services.Campaigns;

/// <summary>推荐票的投票人类别 (第一篇 3.二): counted separately, then overall.</summary>
internal static class VoterCategories
{
    public static IReadOnlyList<string> All { get; } = ["班子成员", "中层干部", "普通党员", "群众", "离退休干部"];

    public static string? Normalize(string text) => text.Trim() switch
    {
        "离退休老同志" or "离退休" => "离退休干部",
        var t when All.Contains(t) => t,
        _ => null,
    };
}
