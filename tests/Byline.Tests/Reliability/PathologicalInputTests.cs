using Byline.Cli;

namespace Byline.Tests.Reliability;

/// <summary>Every pathological input finishes and yields only valid spans. Timing is measured by the benchmarks, not here.</summary>
public class PathologicalInputTests
{
    private static readonly ArticleAnalyzer Analyzer = new ArticleAnalyzerBuilder().Build();

    public static TheoryData<string> Names => new(PathologicalInputs.Names);

    [Theory]
    [MemberData(nameof(Names))]
    public void OneMegabyteFinishesWithValidSpans(string name)
    {
        string text = PathologicalInputs.Build(name, 1 << 20, CliApp.DemoArticle().Text);
        ArticleAnalysis a = Analyzer.Analyze(new Article(text, new DateTimeOffset(2016, 10, 25, 0, 0, 0, TimeSpan.Zero)));
        RandomInputTests.Check(text, a, 0);
    }
}
