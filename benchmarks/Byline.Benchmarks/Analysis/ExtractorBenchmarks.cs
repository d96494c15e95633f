using BenchmarkDotNet.Attributes;

namespace Byline.Benchmarks.Analysis;

/// <summary>
/// Each built-in extractor alone (tokenization included, as an analyzer with that one extractor) and the
/// full analysis, article by article, on the sample and on the corpus. Each method returns a finding count.
/// </summary>
[MemoryDiagnoser]
public class ExtractorBenchmarks
{
    private IReadOnlyList<Article> _articles = [];
    private readonly Dictionary<string, ArticleAnalyzer> _analyzers = new();

    [Params(Fixtures.Sample, Fixtures.Corpus)]
    public string Input { get; set; } = Fixtures.Sample;

    [GlobalSetup]
    public void Setup()
    {
        var published = new DateTimeOffset(2016, 10, 25, 0, 0, 0, TimeSpan.Zero);
        _articles = Fixtures.Articles(Input).Select(t => new Article(t, published)).ToArray();
        ArticleAnalyzer all = new ArticleAnalyzerBuilder().Build();
        _analyzers["all"] = all;
        _analyzers["none"] = new ArticleAnalyzerBuilder(includeBuiltInExtractors: false).Build();
        foreach (IArticleExtractor e in all.Extractors)
        {
            _analyzers[e.GetType().Name] = new ArticleAnalyzerBuilder(includeBuiltInExtractors: false).AddExtractor(e).Build();
        }
    }

    private int Run(string name)
    {
        if (!_analyzers.TryGetValue(name, out ArticleAnalyzer? analyzer))
        {
            return -1; // extractor not registered in this build
        }

        int found = 0;
        foreach (Article a in _articles)
        {
            ArticleAnalysis r = analyzer.Analyze(a);
            found += r.Quotes.Count + r.Places.Count + r.Dates.Count + r.Quantities.Count;
        }

        return found;
    }

    [Benchmark(Baseline = true, Description = "tokens + sentences only")]
    public int DocumentOnly() => Run("none");

    [Benchmark(Description = "places")]
    public int Places() => Run("PlacesExtractor");

    [Benchmark(Description = "dates")]
    public int Dates() => Run("DatesExtractor");

    [Benchmark(Description = "quantities")]
    public int Quantities() => Run("QuantitiesExtractor");

    [Benchmark(Description = "quotes")]
    public int Quotes() => Run("QuotesExtractor");

    [Benchmark(Description = "full analysis")]
    public int Full() => Run("all");
}
