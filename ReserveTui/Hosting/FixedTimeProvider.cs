namespace ReserveTui.Hosting;

/// <summary>A clock that stands still at one instant: <c>--now</c> / <c>RESERVE_NOW</c>, so a 7-day notice can be exercised in scripts and tests.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now, TimeZoneInfo zone) : TimeProvider
{
    private DateTimeOffset _now = now;

    public override DateTimeOffset GetUtcNow() => _now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => zone;

    /// <summary>Moves the clock, for tests that walk a timeline.</summary>
    public void Advance(TimeSpan by) => _now += by;
}
