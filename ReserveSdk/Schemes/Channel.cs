namespace ReserveSdk;

/// <summary>推荐渠道 — a way a person enters a campaign. <see cref="Channels"/> has the ones the seed names.</summary>
/// <param name="Id">ASCII id, e.g. <c>democratic</c>.</param>
/// <param name="Name">Chinese name, e.g. 民主推荐.</param>
/// <param name="Citation">Where the source names it.</param>
public sealed record Channel(string Id, string Name, string Citation)
{
    /// <summary>Direct entry (直接列为后备): the person skips recommendation and inspection, as the county scheme allows.</summary>
    public bool DirectEntry { get; init; }

    /// <summary>
    /// The only tracks this channel may nominate to; empty means every track. The county's 选调生 are
    /// "直接列为副科级后备干部": the channel names that one track, and a nomination to any other is refused.
    /// </summary>
    public IReadOnlyList<string> Tracks { get; init; } = [];

    /// <summary>
    /// The nomination records the rank of the post the person competed for, which must be the rank of the track's
    /// posts (<see cref="Track.Rank"/>): county 差额人选 and 未录用的考察对象 are listed "直接列为相应层次的后备干部".
    /// </summary>
    public bool RecordsCompetedRank { get; init; }

    /// <summary>Whether the channel may nominate to a track.</summary>
    /// <param name="trackId">The track id.</param>
    /// <returns>True when <see cref="Tracks"/> is empty or names the track.</returns>
    public bool Admits(string trackId) => Tracks.Count == 0 || Tracks.Contains(trackId);
}
