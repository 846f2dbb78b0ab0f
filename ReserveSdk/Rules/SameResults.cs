using System.Runtime.CompilerServices;

namespace ReserveSdk;

/// <summary>
/// Arrays of condition results equal when they hold the same instances in the same order: the key a combination
/// (<see cref="Condition.AnyOf"/>, <see cref="Condition.AllOf"/>) keeps its own result under. Parts whose results are
/// kept (<see cref="ResultMemo{TKey, TResult}"/>) give the same instances for the same facts.
/// </summary>
internal sealed class SameResults : IEqualityComparer<ConditionResult[]>, IAlternateEqualityComparer<ReadOnlySpan<ConditionResult>, ConditionResult[]>
{
    public static readonly SameResults Instance = new();

    public bool Equals(ConditionResult[]? x, ConditionResult[]? y) =>
        ReferenceEquals(x, y) || x is not null && y is not null && Equals((ReadOnlySpan<ConditionResult>)x, y);

    public int GetHashCode(ConditionResult[] results) => GetHashCode((ReadOnlySpan<ConditionResult>)results);

    public bool Equals(ReadOnlySpan<ConditionResult> x, ConditionResult[] y)
    {
        if (x.Length != y.Length) return false;
        for (var i = 0; i < x.Length; i++)
            if (!ReferenceEquals(x[i], y[i])) return false;
        return true;
    }

    public int GetHashCode(ReadOnlySpan<ConditionResult> results)
    {
        var hash = new HashCode();
        foreach (var r in results) hash.Add(RuntimeHelpers.GetHashCode(r));
        return hash.ToHashCode();
    }

    public ConditionResult[] Create(ReadOnlySpan<ConditionResult> results) => results.ToArray();
}
