using Byline.Text;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.Tests.Analysis;

/// <summary>Publishes one mention per sentence with the sentence's text; reads nothing else.</summary>
internal sealed class SentenceEcho : IArticleExtractor
{
    public void Extract(ExtractionContext context)
    {
        TextDocument doc = context.Document;
        foreach (Sentence s in doc.Sentences)
        {
            context.Add(new EchoedSentence(doc.Text.Substring(s.Start, s.Length), s.Start));
        }
    }
}

internal sealed record EchoedSentence(string Text, int Start);

/// <summary>Reads what <see cref="SentenceEcho"/> published before it.</summary>
internal sealed class SentenceCounter : IArticleExtractor
{
    public void Extract(ExtractionContext context) => context.Add(context.Get<EchoedSentence>().Count);
}

/// <summary>Cancels its token's source mid-analysis, to test cancellation between extractors.</summary>
internal sealed class Canceller(CancellationTokenSource source) : IArticleExtractor
{
    public void Extract(ExtractionContext context) => source.Cancel();
}

public class AnalyzerTests
{
    private static ArticleAnalyzer Analyzer() =>
        new ArticleAnalyzerBuilder(includeBuiltInExtractors: false).AddExtractor(new SentenceEcho()).AddExtractor(new SentenceCounter()).Build();

    [Fact]
    public void ExtractorsRunInOrderAndLaterOnesReadEarlierResults()
    {
        ArticleAnalysis a = Analyzer().Analyze("He left. She stayed.");
        Assert.Equal(new[] { new EchoedSentence("He left.", 0), new EchoedSentence("She stayed.", 9) }, a.Get<EchoedSentence>());
        Assert.Equal(2, Assert.Single(a.Get<int>()));
        Assert.Empty(a.Get<string>());
        Assert.Equal(2, a.MentionTypes.Count);
    }

    [Fact]
    public void ArgumentsAreValidated()
    {
        ArticleAnalyzer analyzer = Analyzer();
        Assert.Equal("article", Assert.Throws<ArgumentNullException>(() => analyzer.Analyze((Article)null!)).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => new Article(null!)).ParamName);
        Assert.Equal("extractors", Assert.Throws<ArgumentNullException>(() => new ArticleAnalyzer(new IArticleExtractor[] { null! })).ParamName);
        Assert.Equal("maxDegreeOfParallelism", Assert.Throws<ArgumentOutOfRangeException>(() => analyzer.AnalyzeMany([], 0)).ParamName);
    }

    [Fact]
    public void CancelledTokenStopsBeforeTheNextExtractor()
    {
        using var cts = new CancellationTokenSource();
        ArticleAnalyzer analyzer = new ArticleAnalyzerBuilder(false).AddExtractor(new Canceller(cts)).AddExtractor(new SentenceEcho()).Build();
        Assert.Throws<OperationCanceledException>(() => analyzer.Analyze(new Article("a. b."), cts.Token));
    }

    [Fact]
    public void OneAnalyzerServesManyThreadsWithIdenticalResults()
    {
        ArticleAnalyzer analyzer = Analyzer();
        string[] texts = Enumerable.Range(0, 64).Select(i => string.Join(" ", Enumerable.Repeat($"Sentence {i} here.", i % 7 + 1))).ToArray();
        int[] expected = texts.Select(t => analyzer.Analyze(t).Get<EchoedSentence>().Count).ToArray();
        var failures = 0;
        Parallel.For(0, 16, new ParallelOptions { MaxDegreeOfParallelism = 16 }, _ =>
        {
            for (int r = 0; r < 20; r++)
            {
                for (int i = 0; i < texts.Length; i++)
                {
                    if (analyzer.Analyze(texts[i]).Get<int>()[0] != expected[i])
                    {
                        Interlocked.Increment(ref failures);
                    }
                }
            }
        });
        Assert.Equal(0, failures);
        Assert.Equal(1, expected[0]);
        Assert.Equal(7, expected[6]);
    }

    [Fact]
    public void BatchKeepsInputOrder()
    {
        ArticleAnalyzer analyzer = Analyzer();
        Article[] articles = Enumerable.Range(0, 500).Select(i => new Article(string.Concat(Enumerable.Repeat("Yes. ", i % 13 + 1)), id: i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        ArticleAnalysis[] results = analyzer.AnalyzeMany(articles, maxDegreeOfParallelism: 4).ToArray();
        Assert.Equal(articles.Select(a => a.Id), results.Select(r => r.Article.Id));
        Assert.Equal(articles.Select((_, i) => i % 13 + 1), results.Select(r => r.Get<int>()[0]));
    }

    [Fact]
    public void BatchStopsWhenCancelled()
    {
        using var cts = new CancellationTokenSource();
        ArticleAnalyzer analyzer = Analyzer();
        IEnumerable<Article> Endless()
        {
            for (int i = 0; ; i++)
            {
                yield return new Article("One. Two.", id: i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        int seen = 0;
        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (ArticleAnalysis _ in analyzer.AnalyzeMany(Endless(), 2, cts.Token))
            {
                if (++seen == 100)
                {
                    cts.Cancel();
                }
            }
        });
        Assert.Equal(100, seen);
    }

    [Fact]
    public void DependencyInjectionRegistersASingletonWithExtractorsInOrder()
    {
        var services = new ServiceCollection();
        services.AddArticleAnalyzer().AddExtractor<SentenceEcho>().AddExtractor<SentenceCounter>();
        services.AddArticleAnalyzer().AddExtractor<SentenceEcho>(); // idempotent: no duplicate
        using ServiceProvider provider = services.BuildServiceProvider();
        var analyzer = Assert.IsType<ArticleAnalyzer>(provider.GetRequiredService<IArticleAnalyzer>());
        Assert.Equal(typeof(SentenceCounter), analyzer.Extractors[^1].GetType());
        Assert.Single(analyzer.Extractors, e => e is SentenceEcho);
        Assert.Equal(1, analyzer.Analyze("Only one.").Get<int>()[0]);
    }
}
