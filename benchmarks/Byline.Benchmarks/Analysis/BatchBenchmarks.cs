using BenchmarkDotNet.Attributes;

namespace Byline.Benchmarks.Analysis;

/// <summary>
/// The full analysis of the corpus through <see cref="ArticleAnalyzerExtensions.AnalyzeMany"/> (articles on all cores at
/// once, results in input order) beside the same analyzer one article after another on one thread. This is throughput for
/// a corpus, not the speed of one article: per core it can only be lower.
/// </summary>
/// <remarks>
/// The setup runs the batch ten times first: the thread pool adds its threads and every path tiers up on each of them,
/// which BenchmarkDotNet's three warm-up passes of a short run do not cover.
/// </remarks>
[MemoryDiagnoser]
public class BatchBenchmarks
{
    private IReadOnlyList<Article> _articles = [];
    private ArticleAnalyzer _analyzer = null!;

    [Params(Fixtures.Corpus)]
    public string Input { get; set; } = Fixtures.Corpus;

    [GlobalSetup]
    public void Setup()
    {
        var published = new DateTimeOffset(2016, 10, 25, 0, 0, 0, TimeSpan.Zero);
        _articles = Fixtures.Articles(Input).Select(t => new Article(t, published)).ToArray();
        _analyzer = new ArticleAnalyzerBuilder().Build();
        for (int i = 0; i < 10; i++)
        {
            Batch();
            OneByOne();
        }
    }

    [Benchmark(Baseline = true, Description = "full analysis, one article after another")]
    public int OneByOne()
    {
        int found = 0;
        foreach (Article a in _articles)
        {
            found += Count(_analyzer.Analyze(a));
        }

        return found;
    }

    [Benchmark(Description = "full analysis, AnalyzeMany (all cores)")]
    public int Batch()
    {
        int found = 0;
        foreach (ArticleAnalysis r in _analyzer.AnalyzeMany(_articles))
        {
            found += Count(r);
        }

        return found;
    }

    private static int Count(ArticleAnalysis r) => r.Quotes.Count + r.Places.Count + r.Dates.Count + r.Quantities.Count;
}
