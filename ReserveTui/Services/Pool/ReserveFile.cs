using ReserveSdk;
using ReserveTui.Services.Campaigns;

namespace ReserveTui.Services.Pool;

/// <summary>
/// A reserve's file (后备干部档案): the pool row, the person's facts, how they entered (the campaign, its unit and
/// year, the channel), and every recorded step concerning them, oldest first.
/// </summary>
internal sealed record ReserveFile(ReserveRow Reserve, Person? Person, string? CampaignUnit, int? CampaignYear, string? Channel, IReadOnlyList<HistoryEntry> History);
