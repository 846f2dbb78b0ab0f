namespace ReserveTui.Services.Campaigns;

/// <summary>Reading an operator's voter category against the scheme's groups (第一篇 3.二), with the usual other names.</summary>
internal static class VoterCategories
{
    public static string? Normalize(IReadOnlyList<string> groups, string text) => text.Trim() switch
    {
        "离退休老同志" or "离退休" when groups.Contains("离退休干部") => "离退休干部",
        var t when groups.Contains(t) => t,
        _ => null,
    };
}
