using System.Text;
using BenchmarkDotNet.Attributes;

namespace Byline.Benchmarks.Reliability;

/// <summary>
/// Linear time: the full analysis of one article of growing size (the corpus concatenated, then cut),
/// 1 KB to 64 MB. Time per MB should stay flat.
/// </summary>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private Article _article = new("");
    private readonly ArticleAnalyzer _analyzer = new ArticleAnalyzerBuilder().Build();

    [Params(1 << 10, 1 << 14, 1 << 18, 1 << 22, 1 << 26)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        string corpus = Fixtures.Text(Fixtures.Corpus);
        var sb = new StringBuilder(Size + corpus.Length);
        while (sb.Length < Size)
        {
            sb.Append(corpus).Append("\n\n");
        }

        // Size counts UTF-8 bytes in the MB/s column; the corpus is almost all ASCII, so characters are close enough.
        _article = new Article(sb.ToString(0, Size), new DateTimeOffset(2016, 10, 25, 0, 0, 0, TimeSpan.Zero));
    }

    [Benchmark]
    public int Analyze()
    {
        ArticleAnalysis a = _analyzer.Analyze(_article);
        return a.Quotes.Count + a.Places.Count + a.Dates.Count + a.Quantities.Count;
    }
}
