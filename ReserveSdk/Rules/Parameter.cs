namespace ReserveSdk;

/// <summary>
/// A scheme parameter with effective dates: a limit that changes next year is a new dated value, not an
/// edited constant, so a campaign evaluated on an earlier reference date keeps the earlier limit.
/// A plain value converts implicitly into a parameter that is always in force.
/// </summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <example>
/// <code>
/// Parameter&lt;int&gt; maxAge = Parameter.Dated(new DatedValue&lt;int&gt;(DateOnly.MinValue, 40), new DatedValue&lt;int&gt;(new DateOnly(2027, 1, 1), 38));
/// maxAge.ValueOn(new DateOnly(2026, 6, 30)); // 40
/// </code>
/// </example>
public sealed class Parameter<T>
{
    private readonly DatedValue<T>[] _values;

    internal Parameter(IEnumerable<DatedValue<T>> values)
    {
        _values = values.OrderBy(v => v.From).ToArray();
        if (_values.Length == 0) throw new ArgumentException("A parameter needs at least one value.", nameof(values));
    }

    /// <summary>The dated values, oldest first.</summary>
    public IReadOnlyList<DatedValue<T>> Values => _values;

    /// <summary>The value in force on <paramref name="date"/>.</summary>
    /// <param name="date">The reference date.</param>
    /// <returns>The latest value whose <see cref="DatedValue{T}.From"/> is on or before the date.</returns>
    /// <exception cref="InvalidOperationException">No value is in force yet on that date.</exception>
    public T ValueOn(DateOnly date)
    {
        for (var i = _values.Length - 1; i >= 0; i--)
            if (_values[i].From <= date) return _values[i].Value;
        throw new InvalidOperationException($"No value in force on {date:yyyy-MM-dd}; the first applies from {_values[0].From:yyyy-MM-dd}.");
    }

    /// <summary>The value text for descriptions: "40", or "40（2027-01-01 起为 38）" when dated values follow.</summary>
    /// <returns>The description.</returns>
    public string Describe() =>
        _values.Length == 1 ? $"{_values[0].Value}"
            : _values[0].Value + string.Concat(_values.Skip(1).Select(v => $"（{v.From:yyyy-MM-dd} 起为 {v.Value}）"));

    /// <summary>A value always in force.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator Parameter<T>(T value) => new([new DatedValue<T>(DateOnly.MinValue, value)]);
}
