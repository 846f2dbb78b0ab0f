namespace ReserveTui.Services.Pool;

/// <summary>Which reserves a list or roster shows: any of scheme id, unit name (and its sub-units), track id or name, status; null for all.</summary>
internal sealed record PoolFilter(string? Scheme = null, string? Unit = null, string? Track = null, string? Status = null);
