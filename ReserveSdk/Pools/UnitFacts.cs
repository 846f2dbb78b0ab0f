namespace ReserveSdk;

/// <summary>单位 — what quantity rules read about a unit: its kind and its 正职/副职 post counts.</summary>
/// <param name="Name">Unit name.</param>
/// <param name="Kind">Unit kind, e.g. 机关部门, 社区, 管理处, 党总支, 小学.</param>
/// <param name="PrincipalPosts">Number of 正职 posts in its leadership.</param>
/// <param name="DeputyPosts">Number of 副职 posts in its leadership.</param>
public sealed record UnitFacts(string Name, string Kind, int PrincipalPosts, int DeputyPosts);
