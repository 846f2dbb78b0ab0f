namespace ReserveTui.Storage;

/// <summary>What finds a stored person again: the ID number when there is one, else the identity key (name, birth date, unit).</summary>
internal sealed record StoredIdentity(string Id, string Name, string? IdNumber, string Identity)
{
    /// <summary>The person's unit: a unit operator's import may match (and update) only people of their units.</summary>
    public string? Unit { get; init; }
}
