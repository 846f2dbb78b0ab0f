namespace ReserveSdk;

/// <summary>The nomination channels of 第一篇 2.二、三、四, and the enterprise's and county's own.</summary>
/// <example><code>builder.Channels(Channels.DemocraticRecommendation, Channels.SelfNomination)</code></example>
public static class Channels
{
    /// <summary>民主推荐 — the main channel.</summary>
    public static Channel DemocraticRecommendation { get; } = new("democratic", "民主推荐", "第一篇 2.一");

    /// <summary>公开举荐 — nomination by party members or the public.</summary>
    public static Channel PublicNomination { get; } = new("public", "公开举荐", "第一篇 2.二");

    /// <summary>领导干部署名推荐.</summary>
    public static Channel SignedRecommendation { get; } = new("signed", "领导干部署名推荐", "第一篇 2.二");

    /// <summary>个人自荐.</summary>
    public static Channel SelfNomination { get; } = new("self", "个人自荐", "第一篇 2.二");

    /// <summary>公开选拔.</summary>
    public static Channel OpenSelection { get; } = new("open", "公开选拔", "第一篇 2.三");

    /// <summary>定点推荐 — from SOEs, universities, non-public organisations.</summary>
    public static Channel TargetedRecommendation { get; } = new("targeted", "定点推荐", "第一篇 2.四");

    /// <summary>The six channels of 第一篇, for schemes that accept them all.</summary>
    public static IReadOnlyList<Channel> All { get; } =
        [DemocraticRecommendation, PublicNomination, SignedRecommendation, SelfNomination, OpenSelection, TargetedRecommendation];
}
