using System.Collections.Concurrent;

namespace ReserveSdk;

/// <summary>
/// A combination's answers (<see cref="Condition.AnyOf"/>, <see cref="Condition.AllOf"/>, <see cref="Condition.Implies"/>)
/// kept by its parts' results, looked up from a span so that a person's parts need no array. Bounded and
/// thread-safe as <see cref="ResultMemo{TKey, TResult}"/> is.
/// </summary>
internal sealed class CombinationMemo
{
    private readonly ConcurrentDictionary<ConditionResult[], ConditionResult> _results = new(SameResults.Instance);
    private readonly ConcurrentDictionary<ConditionResult[], ConditionResult>.AlternateLookup<ReadOnlySpan<ConditionResult>> _byParts;
    private int _count;

    public CombinationMemo() => _byParts = _results.GetAlternateLookup<ReadOnlySpan<ConditionResult>>();

    /// <summary>The answer kept for <paramref name="parts"/>, or <paramref name="make"/>'s, kept while there is room.</summary>
    public ConditionResult Get(ReadOnlySpan<ConditionResult> parts, Func<ConditionResult[], ConditionResult> make)
    {
        if (_byParts.TryGetValue(parts, out var known)) return known;
        var key = parts.ToArray();
        var made = make(key);
        if (Volatile.Read(ref _count) < ResultMemo<int, ConditionResult>.Limit && _results.TryAdd(key, made)) Interlocked.Increment(ref _count);
        return made;
    }
}
