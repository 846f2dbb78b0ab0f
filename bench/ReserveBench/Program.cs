using BenchmarkDotNet.Running;

// check-ratio [rounds]: the check beside its yardstick, alternating (see CheckRatio); anything else is BenchmarkDotNet's.
if (args is ["check-ratio", .. var rest])
    ReserveBench.CheckRatio.Run(rest is [var n] && int.TryParse(n, out var rounds) && rounds > 0 ? rounds : 31);
else
    BenchmarkSwitcher.FromAssembly(typeof(ReserveBench.RosterBenchmarks).Assembly).Run(args);
