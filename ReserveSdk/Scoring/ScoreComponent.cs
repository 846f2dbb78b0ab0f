namespace ReserveSdk;

/// <summary>A scored part of a selection (笔试, 演讲答辩, 组织考察), possibly split among rater groups (sub-weights).</summary>
/// <param name="Id">ASCII id, e.g. <c>written</c>.</param>
/// <param name="Name">Chinese name.</param>
/// <param name="MaxPoints">Full marks.</param>
/// <param name="Citation">Where the source sets it.</param>
/// <example><code>new ScoreComponent("inspection", "组织考察", 35, "第四篇 四(三)") { Parts = [new("inspection.leaders", "公司领导班子", 15, "第四篇 四(三)")] }</code></example>
public sealed record ScoreComponent(string Id, string Name, decimal MaxPoints, string Citation)
{
    /// <summary>Sub-components whose points add up to this one's (their maxima must sum to <see cref="MaxPoints"/>).</summary>
    public IReadOnlyList<ScoreComponent> Parts { get; init; } = [];
}
