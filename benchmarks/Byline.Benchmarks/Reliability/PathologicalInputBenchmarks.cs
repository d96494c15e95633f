using System.Text;
using BenchmarkDotNet.Attributes;

namespace Byline.Benchmarks.Reliability;

/// <summary>
/// Hostile inputs of 1 MB against ordinary news of the same size (the baseline): each should stay within
/// 3x of the time per MB of news. Mirrors tests/Byline.Tests/Reliability/PathologicalInputs.cs.
/// </summary>
[MemoryDiagnoser]
public class PathologicalInputBenchmarks
{
    private Article _article = new("");
    private readonly ArticleAnalyzer _analyzer = new ArticleAnalyzerBuilder().Build();

    [Params("news", "no-whitespace", "curly-quotes", "digits-and-commas", "nested-brackets", "mr-mr-mr", "one-paragraph")]
    public string Kind { get; set; } = "news";

    public int Size { get; set; } = 1 << 20;

    [GlobalSetup]
    public void Setup()
    {
        int size = Size;
        string text = Kind switch
        {
            "no-whitespace" => Repeat("Raqqa,“said”$4.5bn-10-km.U.S.-led", size),
            "curly-quotes" => new string('“', size),
            "digits-and-commas" => Repeat("1,2,3,4,5,6,7,8,9,0,", size),
            "nested-brackets" => new string('(', size / 2) + new string(')', size / 2),
            "mr-mr-mr" => Repeat("Mr. ", size),
            "one-paragraph" => Repeat(Fixtures.Text(Fixtures.Corpus).Replace('\n', ' '), size),
            _ => Repeat(Fixtures.Text(Fixtures.Corpus), size),
        };
        _article = new Article(text, new DateTimeOffset(2016, 10, 25, 0, 0, 0, TimeSpan.Zero));
    }

    [Benchmark]
    public int Analyze()
    {
        ArticleAnalysis a = _analyzer.Analyze(_article);
        return a.Quotes.Count + a.Places.Count + a.Dates.Count + a.Quantities.Count;
    }

    private static string Repeat(string unit, int size)
    {
        var sb = new StringBuilder(size + unit.Length);
        while (sb.Length < size)
        {
            sb.Append(unit);
        }

        return sb.ToString(0, size);
    }
}
