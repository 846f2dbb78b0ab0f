namespace ReserveTui.Services.Campaigns;

/// <summary>A campaign's ballot imports and ballots, voided ones included.</summary>
internal sealed record BallotListView(IReadOnlyList<BallotImportView> Imports, IReadOnlyList<BallotView> Ballots);
