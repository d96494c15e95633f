using BenchmarkDotNet.Attributes;
using Byline.Cli.Html;

namespace Byline.Benchmarks.Cli;

/// <summary>
/// What the HTML report costs on top of the analysis (budget: 2 ms for the sample article): the analysis alone
/// (baseline), the analysis plus the page, and the page alone from a finished analysis. Each returns its result.
/// </summary>
[MemoryDiagnoser]
public class HtmlReportBenchmarks
{
    private IArticleAnalyzer _analyzer = null!;
    private Article _article = null!;
    private ArticleAnalysis _analysis = null!;
    private readonly MemoryStream _sink = new(256 * 1024);
    private StreamWriter _writer = null!;

    [Params(Fixtures.Sample)]
    public string Input { get; set; } = Fixtures.Sample;

    [GlobalSetup]
    public void Setup()
    {
        _analyzer = new ArticleAnalyzerBuilder().Build();
        _article = new Article(Fixtures.Text(Input), new DateTimeOffset(2016, 10, 25, 0, 0, 0, TimeSpan.Zero), "sample");
        _analysis = _analyzer.Analyze(_article);
        _writer = new StreamWriter(_sink, new System.Text.UTF8Encoding(false), 1 << 16);
        Page(_analysis); // loads the world map once, as the first page of a process does
    }

    // As the CLI writes it: UTF-8 into a stream (here a reused in-memory one), returning the page's size in bytes.
    private long Page(ArticleAnalysis analysis)
    {
        _sink.SetLength(0);
        HtmlReport.Write(analysis, "sample", _writer);
        _writer.Flush();
        return _sink.Length;
    }

    [Benchmark(Baseline = true, Description = "Analyze")]
    public ArticleAnalysis Analyze() => _analyzer.Analyze(_article);

    [Benchmark(Description = "Analyze + HTML page")]
    public long AnalyzeAndRender() => Page(_analyzer.Analyze(_article));

    [Benchmark(Description = "HTML page only")]
    public long Render() => Page(_analysis);
}
