namespace ReserveTui.Storage;

/// <summary>One fact of a person changed by an update: the field, the value it had (kept in the record) and the new one.</summary>
internal sealed record FactChange(string Field, string? Old, string? New);
