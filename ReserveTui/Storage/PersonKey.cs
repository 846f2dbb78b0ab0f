namespace ReserveTui.Storage;

/// <summary>What finding a person in a list needs: the id, the lower-cased search text (name, unit, ID number), the ID number and the unit.</summary>
internal sealed record PersonKey(string Id, string Search, string? IdNumber, string? Unit);
