namespace ReserveTui.Services.Safety;

/// <summary>A backup taken: where, how big, and how many record entries it holds (all verified).</summary>
internal sealed record BackupResult(string Path, long Bytes, int AuditEntries);
