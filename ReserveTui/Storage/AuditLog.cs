using System.Buffers;
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

    /// <summary>Appends an entry whose data is <paramref name="data"/> as JSON. <paramref name="at"/> is the time the rules judged by.</summary>
    public AuditEntry Append(DateTimeOffset at, string operatorName, string action, string subject, object data) =>
        Append(at, operatorName, action, subject, System.Text.Json.JsonSerializer.Serialize(data, DataJson));

    public AuditEntry Append(DateTimeOffset at, string operatorName, string action, string subject, string data)
    {
        var last = _entries.Query().OrderByDescending(e => e.Seq).Limit(1).FirstOrDefault();
        // Under a set clock (--now) the entry keeps the real time and the judged one beside it, so the record shows
        // what was done "as of" another day and still runs forward. A clock stepped back (NTP) cannot reorder it either.
        var real = database.RealClock is { } clock ? Milliseconds(clock.GetUtcNow()) : Milliseconds(at);
        if (last is not null && real < last.At.ToUniversalTime()) real = last.At.ToUniversalTime();
        var entry = new AuditEntry
        {
            Seq = (last?.Seq ?? 0) + 1,
            At = real,
            JudgedAt = database.RealClock is null ? null : Milliseconds(at),
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

    // LiteDB keeps milliseconds; hash what will be read back.
    private static DateTime Milliseconds(DateTimeOffset at) =>
        new(at.UtcDateTime.Ticks - at.UtcDateTime.Ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);

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
    /// <remarks>
    /// Reads the raw documents rather than mapped entries, and hashes into one reused buffer: the chain of a busy
    /// year (100,000 entries) verifies in well under a second (bench/ AuditBenchmarks).
    /// </remarks>
    public long? Verify()
    {
        var prev = Genesis;
        long expected = 1;
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1024);
        var raw = database.Db.GetCollection("audit");
        // Seq is the _id: read in pages along the primary index (no sort), each page materialised so no reader is
        // held open across the work (PITFALLS: an open reader holds the shared-mode mutex).
        foreach (var d in Pages(raw))
        {
            var seq = d["_id"].AsInt64;
            var prevHash = d["PrevHash"].IsNull ? null : d["PrevHash"].AsString;
            var hash = d["Hash"].IsNull ? null : d["Hash"].AsString;
            if (seq != expected) return expected;
            DateTime? judged = d["JudgedAt"].IsNull ? null : d["JudgedAt"].AsDateTime;
            if (prevHash != prev || hash != HashOf(buffer, seq, d["At"].AsDateTime, judged, Text(d, "Operator"), Text(d, "Action"), Text(d, "Subject"), Text(d, "Data"), prevHash)) return seq;
            prev = hash!;
            expected++;
        }

        return null;
    }

    private static IEnumerable<BsonDocument> Pages(ILiteCollection<BsonDocument> raw)
    {
        const int PageSize = 4096;
        long after = 0;
        while (true)
        {
            var page = raw.Find(Query.GT("_id", after), limit: PageSize).ToList();
            foreach (var d in page) yield return d;
            if (page.Count < PageSize) yield break;
            after = page[^1]["_id"].AsInt64;
        }
    }

    private static string Text(BsonDocument d, string field) => d[field].IsNull ? "" : d[field].AsString;

    // A judged time joins the hash after the link, so entries written before judged times existed hash as they did.
    private static string HashOf(System.Buffers.ArrayBufferWriter<byte> buffer, long seq, DateTime at, DateTime? judged, string op, string action, string subject, string data, string? prevHash)
    {
        buffer.Clear();
        void Add(string part, bool separator = true)
        {
            Encoding.UTF8.GetBytes(part, buffer);
            if (separator) buffer.Write("\u001f"u8);
        }

        Add(seq.ToString(CultureInfo.InvariantCulture));
        Add(at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        Add(op);
        Add(action);
        Add(subject);
        Add(data);
        Add(prevHash ?? "", separator: false);
        if (judged is { } j)
        {
            buffer.Write("\u001f"u8);
            Add(j.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture), separator: false);
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
    }

    private static string HashOf(AuditEntry e)
    {
        var text = string.Join('\u001f', e.Seq.ToString(CultureInfo.InvariantCulture), e.At.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
            e.Operator ?? "", e.Action ?? "", e.Subject ?? "", e.Data ?? "", e.PrevHash ?? "")
            + (e.JudgedAt is { } j ? "\u001f" + j.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture) : "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
