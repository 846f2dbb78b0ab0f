namespace ReserveSdk;

/// <summary>Ready-made guards. Time guards compare calendar dates against the host's clock; nothing waits in the background.</summary>
/// <example><code>Guards.DaysSince("open-notice", 7, "公示期满 7 天后方可结束公示")</code></example>
public static class Guards
{
    /// <summary>At least <paramref name="days"/> calendar days have passed since the mark (opened on day 0, may close on day N).</summary>
    /// <param name="mark">The action id (or <c>state:&lt;id&gt;</c>) whose time counts.</param>
    /// <param name="days">Calendar days.</param>
    /// <param name="description">The Chinese reason shown when held back.</param>
    /// <returns>The guard.</returns>
    public static Guard DaysSince(string mark, int days, string description) =>
        new(description, g => g.Marks.TryGetValue(mark, out var at) && (DateOnly.FromDateTime(g.Now.Date).DayNumber - DateOnly.FromDateTime(at.Date).DayNumber) >= days);

    /// <summary>An earlier action has fired.</summary>
    /// <param name="mark">The action id.</param>
    /// <param name="description">The Chinese reason shown when held back.</param>
    /// <returns>The guard.</returns>
    public static Guard Done(string mark, string description) => new(description, g => g.Marks.ContainsKey(mark));

    /// <summary>A fact is "true".</summary>
    /// <param name="fact">The fact key (<see cref="WorkflowFacts"/>).</param>
    /// <param name="description">The Chinese reason shown when held back.</param>
    /// <returns>The guard.</returns>
    public static Guard Fact(string fact, string description) => new(description, g => g.Flag(fact));

    /// <summary>A fact is not "true".</summary>
    /// <param name="fact">The fact key.</param>
    /// <param name="description">The Chinese reason shown when held back.</param>
    /// <returns>The guard.</returns>
    public static Guard NotFact(string fact, string description) => new(description, g => !g.Flag(fact));

    /// <summary>A numeric fact is at least <paramref name="min"/>.</summary>
    /// <param name="fact">The fact key.</param>
    /// <param name="min">The minimum.</param>
    /// <param name="description">The Chinese reason shown when held back.</param>
    /// <returns>The guard.</returns>
    public static Guard AtLeast(string fact, decimal min, string description) => new(description, g => g.Number(fact) >= min);
}
