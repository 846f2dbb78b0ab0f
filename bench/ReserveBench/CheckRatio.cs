namespace ReserveBench;

/// <summary>
/// <c>check-ratio</c>: <c>reserve check</c> and its yardstick (<see cref="CheckBenchmarks.HandPredicate"/>) run
/// alternately in one process, so that both see the same moments of a noisy machine; the ratio of their medians.
/// </summary>
/// <remarks>
/// BenchmarkDotNet runs one method's iterations, then the other's. On this 2-core VM, whose neighbours take a core for
/// seconds at a time, that measured the two-core check in one such stretch and the one-core yardstick in another:
/// runs minutes apart gave the ratio anywhere from 1.5 to 1.9 with the yardstick steady. Alternating, a stretch of
/// noise falls on both.
/// </remarks>
internal static class CheckRatio
{
    public static void Run(int rounds)
    {
        var bench = new CheckBenchmarks { Rows = 100_000 };
        bench.Setup();
        try
        {
            // Both at full optimisation before anything counts (the yardstick needs about seven runs: see CheckBenchmarks).
            for (var i = 0; i < 12; i++)
            {
                bench.Check();
                bench.HandPredicate();
            }

            var check = new List<double>();
            var yardstick = new List<double>();
            for (var i = 0; i < rounds; i++)
            {
                check.Add(Collected.Time(() => bench.Check()));
                yardstick.Add(Collected.Time(() => bench.HandPredicate()));
            }

            check.Sort();
            yardstick.Sort();
            Console.WriteLine($"{rounds} alternating rounds, 100,000 rows, 学院 副处级后备");
            Console.WriteLine($"check:     median {Collected.Median(check):F0} ms  (min {check[0]:F0}, max {check[^1]:F0})");
            Console.WriteLine($"yardstick: median {Collected.Median(yardstick):F0} ms  (min {yardstick[0]:F0}, max {yardstick[^1]:F0})");
            Console.WriteLine($"ratio of medians: {Collected.Median(check) / Collected.Median(yardstick):F2}  (of minimums: {check[0] / yardstick[0]:F2})");
        }
        finally
        {
            bench.Cleanup();
        }
    }
}
