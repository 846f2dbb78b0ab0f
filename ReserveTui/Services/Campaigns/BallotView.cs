namespace ReserveTui.Services.Campaigns;

/// <summary>One ballot: 票号, its import's 批号 (0 when typed in), category, the names chosen, and the void reason if voided.</summary>
internal sealed record BallotView(int Number, int Batch, string Category, IReadOnlyList<string> Names, string? VoidReason);
