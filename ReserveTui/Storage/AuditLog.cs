using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LiteDB;

namespace ReserveTui.Storage;

/// <summary>
/// The append-only record of every change (全程记实). Each entry's hash covers its content and the previous
/// entry's hash, so editing or deleting any entry breaks the chain from there on and <see cref="Verify"/> says where.
/// Append inside the same transaction as the change it records.
/// </summary>
internal sealed class AuditLog(ReserveDatabase database)
{
    // The first entry links to this rather than to "": LiteDB reads empty strings back as null.
    private static readonly string Genesis = new('0', 64);

    private readonly ILiteCollection<AuditEntry> _entries = database.Db.GetCollection<AuditEntry>("audit");

    // Chinese stays readable in the record (no \u escapes); the record is read by people, not parsed by browsers.
    private static readonly System.Text.Json.JsonSerializerOptions DataJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Appends an entry whose data is <paramref name="data"/> as JSON.</summary>
    public AuditEntry Append(DateTimeOffset at, string operatorName, string action, string subject, object data) =>
        Append(at, operatorName, action, subject, System.Text.Json.JsonSerializer.Serialize(data, DataJson));

    public AuditEntry Append(DateTimeOffset at, string operatorName, string action, string subject, string data)
    {
        var last = _entries.Query().OrderByDescending(e => e.Seq).Limit(1).FirstOrDefault();
        var entry = new AuditEntry
        {
            Seq = (last?.Seq ?? 0) + 1,
            // LiteDB keeps milliseconds; hash what will be read back.
            At = new DateTime(at.UtcDateTime.Ticks - at.UtcDateTime.Ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc),
            Operator = operatorName,
            Action = action,
            Subject = subject,
            Data = data,
            PrevHash = last?.Hash ?? Genesis,
        };
        entry.Hash = HashOf(entry);
        _entries.Insert(entry);
        return entry;
    }

    public IReadOnlyList<AuditEntry> For(string subjectPrefix) =>
        _entries.Query().Where(e => e.Subject!.StartsWith(subjectPrefix)).OrderBy(e => e.Seq).ToList();

    public int Count() => _entries.Count();

    /// <summary>Entries oldest first: those whose subject starts with one of <paramref name="subjectPrefixes"/> (all when null), at or after <paramref name="sinceUtc"/>.</summary>
    public IReadOnlyList<AuditEntry> Read(IReadOnlyList<string>? subjectPrefixes, DateTime? sinceUtc)
    {
        var query = _entries.Query();
        if (sinceUtc is { } since) query = query.Where(e => e.At >= since);
        return query.OrderBy(e => e.Seq).ToList()
            .Where(e => subjectPrefixes is null || subjectPrefixes.Any(p => (e.Subject ?? "").StartsWith(p, StringComparison.Ordinal)))
            .ToList();
    }

    /// <summary>The first entry whose hash or link does not match, or null when the chain is intact.</summary>
    public long? Verify()
    {
        var prev = Genesis;
        long expected = 1;
        foreach (var e in _entries.Query().OrderBy(x => x.Seq).ToList())
        {
            if (e.Seq != expected || e.PrevHash != prev || e.Hash != HashOf(e)) return e.Seq != expected ? expected : e.Seq;
            prev = e.Hash;
            expected++;
        }

        return null;
    }

    private static string HashOf(AuditEntry e)
    {
        var text = string.Join('\u001f', e.Seq.ToString(CultureInfo.InvariantCulture), e.At.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
            e.Operator ?? "", e.Action ?? "", e.Subject ?? "", e.Data ?? "", e.PrevHash ?? "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
