namespace ReserveSdk;

/// <summary>
/// What a workflow guard may read: the clock (injected by the host, so tests and <c>--now</c> control it),
/// the times of earlier steps (marks), and facts the host computes about the campaign or nominee.
/// </summary>
/// <param name="Now">The current time from the host's clock.</param>
/// <param name="Marks">When each earlier action fired, keyed by action id (and <c>state:&lt;id&gt;</c> for when a state was entered).</param>
/// <param name="Facts">Facts about the subject, keyed by <see cref="WorkflowFacts"/> names.</param>
public sealed record GuardContext(DateTimeOffset Now, IReadOnlyDictionary<string, DateTimeOffset> Marks, IReadOnlyDictionary<string, string> Facts)
{
    /// <summary>A fact as a flag: "true" (case-insensitive) is true, anything else or missing is false.</summary>
    /// <param name="key">The fact key.</param>
    /// <returns>The flag.</returns>
    public bool Flag(string key) => Facts.TryGetValue(key, out var v) && string.Equals(v, "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>A fact as a number; 0 when missing or not a number.</summary>
    /// <param name="key">The fact key.</param>
    /// <returns>The number.</returns>
    public decimal Number(string key) =>
        Facts.TryGetValue(key, out var v) && decimal.TryParse(v, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : 0m;
}
