using ReserveSdk;
using ReserveTui.Hosting;

namespace ReserveTui.Services;

/// <summary>
/// What a channel itself says about a nomination, before any eligibility rule: the only track it may enter (the
/// county's 选调生 → 副科级后备) and, for "直接列为相应层次" entry, the rank of the post competed for, which must be the
/// rank of the track's posts. One place, so the campaign service and the policy cases judge alike.
/// </summary>
internal static class NominationChannels
{
    /// <summary>The competed rank to record (null when the channel records none), or a refusal in Chinese.</summary>
    /// <exception cref="ReserveException">Refused (the channel cannot enter this track) or Usage (the rank is missing, unreadable or not asked for).</exception>
    public static RankLevel? Check(SchemeDefinition scheme, Track track, Channel channel, string? competedRank)
    {
        if (!channel.Admits(track.Id))
        {
            var allowed = string.Join("、", channel.Tracks.Select(t => scheme.FindTrack(t)?.Name ?? t));
            throw new ReserveException(ErrorCode.Refused, $"“{channel.Name}”只能列为{allowed}，不能列为{track.Name}〔{channel.Citation}〕");
        }

        if (!channel.RecordsCompetedRank)
        {
            if (!string.IsNullOrWhiteSpace(competedRank))
                throw new ReserveException(ErrorCode.Usage, $"“{channel.Name}”不登记竞争职位层次（只有按相应层次直接列为后备的渠道登记）");
            return null;
        }

        if (string.IsNullOrWhiteSpace(competedRank))
            throw new ReserveException(ErrorCode.Usage, $"“{channel.Name}”须登记所竞争职位的层次（如 正科、副科），直接列为相应层次的后备干部〔{channel.Citation}〕");
        if (!Terms.TryParseRank(competedRank, out var rank) || rank is RankLevel.None or RankLevel.Clerk)
            throw new ReserveException(ErrorCode.Usage, $"竞争职位层次“{OperatorInput.Echo(competedRank.Trim())}”无法识别（可填：副科、正科、副处、正处）");
        if (track.Rank is { } feeds && feeds != rank)
            throw new ReserveException(ErrorCode.Refused, $"竞争的是{Terms.Chinese(rank)}级职位，只能直接列为相应层次（{Terms.Chinese(rank)}级）的后备，不能列为{track.Name}〔{channel.Citation}〕");
        return rank;
    }
}
