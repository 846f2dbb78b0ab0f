namespace ReserveTui.Services.Campaigns;

/// <summary>A channel (推荐渠道); one that enters "相应层次" also records the rank of the post competed for.</summary>
internal sealed record ChannelChoice(string Id, string Name, bool RecordsCompetedRank);
