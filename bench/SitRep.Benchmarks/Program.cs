using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(SitRep.Benchmarks.BuildBenchmarks).Assembly).Run(args);
