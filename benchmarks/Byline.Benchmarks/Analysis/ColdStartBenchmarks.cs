using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Byline.Benchmarks.Analysis;

/// <summary>
/// Cold start: building an analyzer and the first analysis of the sample article in a fresh process, embedded
/// data (gazetteer, word lists) loaded on the way. Ten processes, one timed invocation each. The Allocated column
/// is not that first call: the memory diagnoser measures an extra invocation after it, in the same process, with
/// the data already loaded. The memory the loaded data keeps is measured by <c>--resident</c>.
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
