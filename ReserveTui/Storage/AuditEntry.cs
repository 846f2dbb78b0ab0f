using LiteDB;

namespace ReserveTui.Storage;

/// <summary>One line of the 全程记实 record: who did what to which record, when, with what input, chained by hash.
/// Strings are nullable because LiteDB reads an empty string back as null.</summary>
internal sealed class AuditEntry
{
    [BsonId(autoId: false)]
    public long Seq { get; set; }

    /// <summary>When it happened, by the real clock: never earlier than the entry before it.</summary>
    public DateTime At { get; set; }

    /// <summary>The time the rules judged by, when the clock was set (<c>--now</c>, training databases only); null otherwise.</summary>
    public DateTime? JudgedAt { get; set; }

    public string? Operator { get; set; }
    public string? Action { get; set; }
    public string? Subject { get; set; }
    public string? Data { get; set; }
    public string? PrevHash { get; set; }
    public string? Hash { get; set; }
}
