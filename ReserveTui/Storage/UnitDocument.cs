using LiteDB;

namespace ReserveTui.Storage;

/// <summary>How a unit is stored.</summary>
internal sealed class UnitDocument
{
    [BsonId]
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";
    public string Kind { get; set; } = "";
    public int PrincipalPosts { get; set; }
    public int DeputyPosts { get; set; }
    public string? ParentId { get; set; }

    /// <summary>Bumped on every change; units stored before versions existed read as 0.</summary>
    public int Version { get; set; }
}
