using ReserveBench;
using ReserveBench.Ab;

// Usage: CheckAb <A: a ReserveBench output folder> <B: another> [rounds] [method]
// Both builds are loaded into this one process, each in its own load context, and alternated round by round (A then
// B, then B then A): a stretch of this machine's noise falls on both, where runs minutes apart in two processes
// differed by more than the changes being weighed. Prints each build's check and yardstick, and B's time over A's
// paired round by round: below 1, B is faster.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: CheckAb <folder A> <folder B> [rounds=31] [method=Check]");
    return 2;
}

var rounds = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 31;
var method = args.Length > 3 ? args[3] : "Check";
Build[] builds;
try
{
    builds = [Build.Load(args[0]), Build.Load(args[1])];
}
catch (InvalidOperationException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

try
{
    // Both at full optimisation before anything counts, as CheckBenchmarks' twelve warm-ups.
    for (var i = 0; i < 12; i++)
    {
        foreach (var build in builds)
        {
            build.Run(method);
            build.Run("HandPredicate");
        }
    }

    var times = new[] { new List<double>(), new List<double>() };
    var yardsticks = new[] { new List<double>(), new List<double>() };
    var paired = new List<double>();
    for (var round = 0; round < rounds; round++)
    {
        var now = new double[2];
        foreach (var k in round % 2 == 0 ? new[] { 0, 1 } : [1, 0])
        {
            now[k] = Collected.Time(() => builds[k].Run(method));
            times[k].Add(now[k]);
            yardsticks[k].Add(Collected.Time(() => builds[k].Run("HandPredicate")));
        }

        paired.Add(now[1] / now[0]);
    }

    for (var k = 0; k < 2; k++)
        Console.WriteLine($"{"AB"[k]} {args[k]}: {method} median {Collected.Median(times[k]):F1} ms, yardstick {Collected.Median(yardsticks[k]):F1} ms, ratio {Collected.Median(times[k]) / Collected.Median(yardsticks[k]):F2}");
    Console.WriteLine($"B/A, paired by round: median {Collected.Median(paired):F3} (of medians {Collected.Median(times[1]) / Collected.Median(times[0]):F3}, of minimums {times[1].Min() / times[0].Min():F3})");
    return 0;
}
finally
{
    foreach (var build in builds) build.Cleanup();
}
