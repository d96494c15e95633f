using System.Text;
using BenchmarkDotNet.Attributes;

namespace Byline.Benchmarks.Reliability;

/// <summary>
/// Linear time: the full analysis of one article of growing size, 1 KB to 64 MB. Time per MB should stay flat.
/// </summary>
/// <remarks>
/// Every size reads the same text: the BBC corpus concatenated and repeated. A size below 4 MB is cut into
/// consecutive slices that together cover the first 4 MB, and each call analyzes the next slice in turn, so the
/// mean over a run is the mean over the same 4 MB of news whatever the size (a single 1 KB slice would measure
/// one article's content, not the size's cost). 4 MB and 64 MB are one slice each.
/// </remarks>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private const int Covered = 1 << 22;
    private Article[] _articles = [];
    private int _next;
    private readonly ArticleAnalyzer _analyzer = new ArticleAnalyzerBuilder().Build();

    [Params(1 << 10, 1 << 14, 1 << 18, 1 << 22, 1 << 26)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        string corpus = Fixtures.Text(Fixtures.Corpus);
        int total = Math.Max(Size, Covered);
        var sb = new StringBuilder(total + corpus.Length);
        while (sb.Length < total)
        {
            sb.Append(corpus).Append("\n\n");
        }

        // Size counts UTF-8 bytes in the MB/s column; the corpus is almost all ASCII, so characters are close enough.
        string text = sb.ToString(0, total);
        var published = new DateTimeOffset(2016, 10, 25, 0, 0, 0, TimeSpan.Zero);
        _articles = new Article[total / Size];
        for (int i = 0; i < _articles.Length; i++)
        {
            _articles[i] = new Article(text.Substring(i * Size, Size), published);
        }

        // Read every slice once before measuring: the first sight of each place name scores its gazetteer entries
        // (computed on first use, once per process) and the hot code is still being re-jitted. Without this pass
        // the small sizes, whose warm-up iterations see only part of the 4 MB, report that one-time cost as if
        // it belonged to their size (their per-call time kept falling through all the measured iterations).
        foreach (Article a in _articles)
        {
            _analyzer.Analyze(a);
        }
    }

    [Benchmark]
    public int Analyze()
    {
        Article article = _articles[_next];
        _next = _next + 1 == _articles.Length ? 0 : _next + 1;
        ArticleAnalysis a = _analyzer.Analyze(article);
        return a.Quotes.Count + a.Places.Count + a.Dates.Count + a.Quantities.Count;
    }
}
