using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Byline.Benchmarks.Analysis;

/// <summary>
/// Cold start: the first analysis of the sample article in a fresh process, embedded data (gazetteer,
/// lexicons) loaded on the way. Ten processes, one invocation each; the Allocated column is what that first
/// call allocates, data loading included.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 10, warmupCount: 0, iterationCount: 1, invocationCount: 1)]
public class ColdStartBenchmarks
{
    private Article _article = new("");

    [GlobalSetup]
    public void Setup() => _article = new Article(Fixtures.Text(Fixtures.Sample), new DateTimeOffset(2016, 10, 25, 0, 0, 0, TimeSpan.Zero));

    [Benchmark(Description = "first Analyze in a new process")]
    public int FirstAnalyze()
    {
        ArticleAnalysis a = new ArticleAnalyzerBuilder().Build().Analyze(_article);
        return a.Quotes.Count + a.Places.Count + a.Dates.Count + a.Quantities.Count;
    }
}
