using System.Diagnostics;

namespace ReserveBench;

/// <summary>
/// Timing for the alternating measures (<c>check-ratio</c>, and bench/CheckAb, which compiles this file in too): each
/// run starts with everything before it collected, as BenchmarkDotNet starts an iteration, so that neither of two
/// alternated methods pays for the other's collections.
/// </summary>
internal static class Collected
{
    /// <summary>Milliseconds <paramref name="run"/> took, after a full collection.</summary>
    public static double Time(Action run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var watch = Stopwatch.StartNew();
        run();
        return watch.Elapsed.TotalMilliseconds;
    }

    /// <summary>The middle value (the upper of the two middle ones for an even count).</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
