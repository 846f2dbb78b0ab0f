namespace ReserveTui.Services.Safety;

/// <summary>A restore done: the file now in use, and where the file it replaced was kept (null when there was none).</summary>
internal sealed record RestoreResult(string Database, string? Replaced, int AuditEntries);
