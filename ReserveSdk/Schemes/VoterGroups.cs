namespace ReserveSdk;

/// <summary>推荐票的投票人类别 — the voter groups whose ballots are counted separately, then overall (第一篇 3.二).</summary>
public static class VoterGroups
{
    /// <summary>班子成员、中层干部、普通党员、群众, and 离退休干部 where retired cadres take part: the default of every scheme.</summary>
    public static IReadOnlyList<string> Default { get; } = ["班子成员", "中层干部", "普通党员", "群众", "离退休干部"];
}
