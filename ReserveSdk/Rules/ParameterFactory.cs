namespace ReserveSdk;

/// <summary>Creates <see cref="Parameter{T}"/> values.</summary>
public static class Parameter
{
    /// <summary>A parameter with values that take effect on their dates.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="values">The dated values; the earliest applies from its date.</param>
    /// <returns>The parameter.</returns>
    /// <example><code>Parameter.Dated(new DatedValue&lt;int&gt;(DateOnly.MinValue, 45), new DatedValue&lt;int&gt;(new DateOnly(2027, 1, 1), 44))</code></example>
    public static Parameter<T> Dated<T>(params DatedValue<T>[] values) => new(values);
}
