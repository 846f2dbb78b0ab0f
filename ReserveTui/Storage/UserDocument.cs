using LiteDB;

namespace ReserveTui.Storage;

/// <summary>How an operator account (操作员) is stored: the name the forced command gives, a role, and for a unit operator the unit.</summary>
internal sealed class UserDocument
{
    /// <summary>The operator's name as <c>--operator</c> gives it (or the OS account's name).</summary>
    [BsonId]
    public string Name { get; set; } = "";

    /// <summary>admin, unit-operator or viewer.</summary>
    public string Role { get; set; } = "";

    /// <summary>The unit a unit operator works for (its id); null for other roles.</summary>
    public string? UnitId { get; set; }

    public DateTime AddedAt { get; set; }

    public string? AddedBy { get; set; }
}
