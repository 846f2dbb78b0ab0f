namespace ReserveSdk;

/// <summary>推荐渠道 — a way a person enters a campaign. <see cref="Channels"/> has the ones the seed names.</summary>
/// <param name="Id">ASCII id, e.g. <c>democratic</c>.</param>
/// <param name="Name">Chinese name, e.g. 民主推荐.</param>
/// <param name="Citation">Where the source names it.</param>
public sealed record Channel(string Id, string Name, string Citation)
{
    /// <summary>Direct entry (直接列为后备): the person skips recommendation and inspection, as the county scheme allows.</summary>
    public bool DirectEntry { get; init; }
}
