using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(ReserveBench.RosterBenchmarks).Assembly).Run(args);
