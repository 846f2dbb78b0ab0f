namespace ReserveTui.Storage;

/// <summary>What finds a stored person again: the ID number when there is one, else the identity key (name, birth date, unit).</summary>
internal sealed record StoredIdentity(string Id, string Name, string? IdNumber, string Identity);
