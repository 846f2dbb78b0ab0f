using LiteDB;

namespace ReserveTui.Storage;

/// <summary>One line of the 全程记实 record: who did what to which record, when, with what input, chained by hash.
/// Strings are nullable because LiteDB reads an empty string back as null.</summary>
internal sealed class AuditEntry
{
    [BsonId(autoId: false)]
    public long Seq { get; set; }

    public DateTime At { get; set; }
    public string? Operator { get; set; }
    public string? Action { get; set; }
    public string? Subject { get; set; }
    public string? Data { get; set; }
    public string? PrevHash { get; set; }
    public string? Hash { get; set; }
}
