namespace ReserveSdk;

/// <summary>One reserve (or proposed reserve) in a pool judged by quantity and structure rules.</summary>
/// <param name="Person">The person's facts.</param>
/// <param name="TrackId">The track the person is a reserve on.</param>
/// <param name="Level">正职 or 副职, from the track.</param>
public sealed record PoolMember(Person Person, string TrackId, PostLevel Level);
