namespace ReserveSdk;

/// <summary>A parameter value in force from a date on (生效日期).</summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="From">First day the value applies (inclusive).</param>
/// <param name="Value">The value.</param>
public sealed record DatedValue<T>(DateOnly From, T Value);
