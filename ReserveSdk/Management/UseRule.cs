namespace ReserveSdk;

/// <summary>使用规则 — how a scheme uses its reserves once trained, as the scheme states it; the pool applies it.</summary>
/// <param name="Id">ASCII id.</param>
/// <param name="Text">The rule in the scheme's words.</param>
/// <param name="Citation">Where the source says it.</param>
/// <example><code>new UseRule("vacancy", "岗位空缺时，根据个人与岗位匹配情况，直接进入提名酝酿程序", "第四篇 二(二)")</code></example>
public sealed record UseRule(string Id, string Text, string Citation);
