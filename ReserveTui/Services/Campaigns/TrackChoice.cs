using ReserveSdk;

namespace ReserveTui.Services.Campaigns;

/// <summary>A track (后备类别) of a campaign's scheme, with the channels (推荐渠道) that may enter it.</summary>
internal sealed record TrackChoice(string Id, string Name, RankLevel? Rank, IReadOnlyList<ChannelChoice> Channels);
