using ReserveTui.Storage;

namespace ReserveTui.Services;

/// <summary>
/// The people list's search, in memory: everyone's search key in list order, read once and again only when the
/// people have changed (<see cref="PeopleRepository.Revision"/>, one small read per question). A filter is a scan of
/// 100,000 short strings — milliseconds — instead of a database query per keystroke, and a page anywhere in the list
/// is one read of its 100 people by id instead of skipping through the index to it. The last filter's result is
/// kept, so paging through it does not search again. Same matching as the query it replaced: the filter, trimmed and
/// lower-cased, within the name, unit or ID number; for those who may not see ID numbers a filter with a digit
/// matches a whole ID number only.
/// </summary>
internal sealed class PeopleSearch(PeopleRepository people)
{
    /// <summary>No stored name, unit and ID number together reach this length: a longer filter matches nobody.</summary>
    private const int FilterLimit = 200;

    private const int LargeList = 20_000;

    private readonly Lock _gate = new();
    private long _revision = -1;
    private IReadOnlyList<PersonKey> _keys = [];
    private (string Filter, IReadOnlyCollection<string>? Scope, bool Whole, int[] Rows)? _last;

    public int Count(string? filter, IReadOnlyCollection<string>? scope, bool wholeIdNumbers) => Rows(filter, scope, wholeIdNumbers).Rows.Length;

    public IReadOnlyList<StoredPerson> Page(string? filter, int skip, int take, IReadOnlyCollection<string>? scope, bool wholeIdNumbers)
    {
        // The rows index the keys they were found in: both come from one look under the lock.
        var (keys, rows) = Rows(filter, scope, wholeIdNumbers);
        var ids = rows.Skip(Math.Max(0, skip)).Take(Math.Max(0, take)).Select(i => keys[i].Id).ToList();
        return ids.Count == 0 ? [] : people.InOrder(ids);
    }

    private (IReadOnlyList<PersonKey> Keys, int[] Rows) Rows(string? filter, IReadOnlyCollection<string>? scope, bool wholeIdNumbers)
    {
        var text = (filter ?? "").Trim();
        lock (_gate)
        {
            var revision = people.Revision;
            if (revision != _revision)
            {
                _keys = people.Keys();
                _revision = revision;
                _last = null;
                // Reading 100,000 keys churns through ~600 MB of LiteDB documents, which the collector would otherwise
                // keep committed; the operator's process should hold the keys (~20 MB), not the churn. Once per change.
                if (_keys.Count >= LargeList) GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            }

            if (_last is { } last && last.Filter == text && ReferenceEquals(last.Scope, scope) && last.Whole == wholeIdNumbers) return (_keys, last.Rows);
            var rows = text.Length > FilterLimit ? [] : Match(text, scope, wholeIdNumbers);
            _last = (text, scope, wholeIdNumbers, rows);
            return (_keys, rows);
        }
    }

    private int[] Match(string text, IReadOnlyCollection<string>? scope, bool wholeIdNumbers)
    {
        var keys = _keys;
        var units = scope is null ? null : scope as HashSet<string> ?? scope.ToHashSet(StringComparer.Ordinal);
        Func<PersonKey, bool> matches = text.Length == 0 ? _ => true
            : wholeIdNumbers && text.Any(char.IsAsciiDigit) ? WholeIdNumber(text.ToUpperInvariant())
            : Within(text.ToLowerInvariant());
        var rows = new List<int>();
        for (var i = 0; i < keys.Count; i++)
        {
            var k = keys[i];
            if ((units is null || (k.Unit is not null && units.Contains(k.Unit))) && matches(k)) rows.Add(i);
        }

        return [.. rows];

        static Func<PersonKey, bool> WholeIdNumber(string idNumber) => k => k.IdNumber == idNumber;
        static Func<PersonKey, bool> Within(string lower) => k => k.Search.Contains(lower, StringComparison.Ordinal);
    }
}
