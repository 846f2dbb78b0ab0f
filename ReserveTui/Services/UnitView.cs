namespace ReserveTui.Services;

/// <summary>A unit (单位) as screens and verbs show it: kind, 正职/副职 post counts and the parent's name.</summary>
internal sealed record UnitView(string Id, string Name, string Kind, int PrincipalPosts, int DeputyPosts, string? Parent, int Version = 0);
