using ReserveSdk;

namespace ReserveTui.Services.Pool;

/// <summary>
/// The structure dashboard (结构分析) of one scheme over one unit scope: every quantity and structure rule against
/// the reserves in the pool (lapsed and removed left out), what the next selection should seek (缺什么、补什么),
/// and the age gradient.
/// </summary>
internal sealed record GapReport(string SchemeId, string SchemeName, string? Unit, DateOnly On, int Members,
    IReadOnlyList<PoolFinding> Findings, IReadOnlyList<string> Seek, IReadOnlyList<AgeBand> Ages);
