using System.Collections.Concurrent;

namespace ReserveSdk;

/// <summary>
/// The results a condition has given, by what they were made from (an age and a limit, an education level, the
/// results of a combination's parts): a roster of 100,000 people has a few dozen distinct answers per condition, and
/// making each person's explanation afresh was most of what judging them allocated. Bounded, so a key with as many
/// values as there are people (a free-text fact, a plugin's own condition whose results are new every time) costs at
/// most <see cref="Limit"/> entries and then only the lookup. Thread-safe: conditions are shared by every thread that
/// judges, and results are immutable.
/// </summary>
internal sealed class ResultMemo<TKey, TResult> where TKey : notnull where TResult : class
{
    /// <summary>The most results kept; past it, results are made and not kept.</summary>
    public const int Limit = 4096;

    private readonly ConcurrentDictionary<TKey, TResult> _results;
    private int _count;

    public ResultMemo(IEqualityComparer<TKey>? comparer = null) => _results = new(comparer);

    /// <summary>The result kept for <paramref name="key"/>, or <paramref name="make"/>'s, kept while there is room.</summary>
    public TResult Get<TState>(TKey key, TState state, Func<TKey, TState, TResult> make)
    {
        if (_results.TryGetValue(key, out var known)) return known;
        var made = make(key, state);
        if (Volatile.Read(ref _count) < Limit && _results.TryAdd(key, made)) Interlocked.Increment(ref _count);
        return made;
    }
}
