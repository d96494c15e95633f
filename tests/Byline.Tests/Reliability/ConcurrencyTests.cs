using Byline.Cli;
using Byline.Serialization;

namespace Byline.Tests.Reliability;

public class ConcurrencyTests
{
    [Fact]
    public void SixteenThreadsProduceByteIdenticalJsonToASequentialRun()
    {
        ArticleAnalyzer analyzer = new ArticleAnalyzerBuilder().Build();
        var random = new Random(16);
        var articles = new List<Article> { CliApp.DemoArticle() };
        for (int i = 0; i < 200; i++)
        {
            articles.Add(new Article(i % 4 == 0 ? CliApp.DemoArticle().Text : HostileText.Next(random), new DateTimeOffset(2016, 10, 25, 0, 0, 0, TimeSpan.Zero), "c" + i));
        }

        string[] sequential = articles.Select(a => ArticleJson.ToJson(analyzer.Analyze(a))).ToArray();
        var parallel = new string[16][];
        Parallel.For(0, 16, new ParallelOptions { MaxDegreeOfParallelism = 16 }, t =>
        {
            var mine = new string[articles.Count];
            for (int k = 0; k < articles.Count; k++)
            {
                int i = (k + (t * 13)) % articles.Count; // each thread walks the articles in a different order
                mine[i] = ArticleJson.ToJson(analyzer.Analyze(articles[i]));
            }

            parallel[t] = mine;
        });

        foreach (string[] run in parallel)
        {
            Assert.Equal(sequential, run);
        }

        Assert.Contains("\"quotes\":[{", sequential[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1)]
    [InlineData(3)]
    public void BatchOutputEqualsSequentialOutput(int degree)
    {
        // AnalyzeMany runs groups of articles extractor by extractor: every article must still get exactly what it gets alone.
        ArticleAnalyzer analyzer = new ArticleAnalyzerBuilder().Build();
        var random = new Random(7);
        Article demo = Byline.Cli.CliApp.DemoArticle();
        Article[] articles = Enumerable.Range(0, 300)
            .Select(i => i % 10 == 0 ? new Article(demo.Text, demo.PublishedAt, "d" + i) : new Article(HostileText.Next(random), null, "b" + i))
            .ToArray();
        string[] sequential = articles.Select(a => ArticleJson.ToJson(analyzer.Analyze(a))).ToArray();
        string[] batch = analyzer.AnalyzeMany(articles, degree).Select(a => ArticleJson.ToJson(a)).ToArray();
        Assert.Equal(sequential, batch);
        Assert.Contains("\"quotes\":[{", batch[0], StringComparison.Ordinal);
    }
}
