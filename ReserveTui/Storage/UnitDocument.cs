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
}
