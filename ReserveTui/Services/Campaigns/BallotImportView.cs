namespace ReserveTui.Services.Campaigns;

/// <summary>One imported ballot file: 批号, file name, when (operator's time) and by whom, how many, and the void reason if voided.</summary>
internal sealed record BallotImportView(int Batch, string FileName, DateTimeOffset At, string By, int Count, string? VoidReason);
