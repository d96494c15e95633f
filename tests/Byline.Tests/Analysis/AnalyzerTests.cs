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

/// <summary>Throws for an article whose text is exactly "fail", to test how a batch reports a failure.</summary>
internal sealed class FailOnFail : IArticleExtractor
{
    public void Extract(ExtractionContext context)
    {
        if (context.Article.Text == "fail")
        {
            throw new InvalidDataException("failed on " + context.Article.Id);
        }
    }
}

/// <summary>Counts how many times its sequence was disposed and how many items were read from it.</summary>
internal sealed class CountingSource(IEnumerable<Article> items) : IEnumerable<Article>
{
    public int Disposed;
    public int Read;

    public IEnumerator<Article> GetEnumerator()
    {
        try
        {
            foreach (Article a in items)
            {
                Interlocked.Increment(ref Read);
                yield return a;
            }
        }
        finally
        {
            Interlocked.Increment(ref Disposed);
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
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

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void BatchYieldsEveryEarlierResultBeforeRethrowingAFailure(int degree)
    {
        ArticleAnalyzer analyzer = new ArticleAnalyzerBuilder(includeBuiltInExtractors: false)
            .AddExtractor(new FailOnFail()).AddExtractor(new SentenceEcho()).AddExtractor(new SentenceCounter()).Build();
        var source = new CountingSource(Enumerable.Range(0, 400).Select(i =>
            new Article(i == 250 ? "fail" : "One. Two.", id: i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        var seen = new List<string?>();
        InvalidDataException e = Assert.Throws<InvalidDataException>(() =>
        {
            foreach (ArticleAnalysis r in analyzer.AnalyzeMany(source, degree))
            {
                seen.Add(r.Article.Id);
            }
        });
        Assert.Equal("failed on 250", e.Message);
        Assert.Equal(Enumerable.Range(0, 250).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), seen);
        Assert.Equal(1, source.Disposed);
        Assert.InRange(source.Read, 251, 251 + (OrderedBatch.WindowPerThread * degree)); // nothing read far past the failure
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void BatchRejectsANullArticleWhereItStands(int degree)
    {
        ArticleAnalyzer analyzer = Analyzer();
        Article?[] articles = [new Article("Yes."), new Article("Yes. No."), null, new Article("Maybe.")];
        var counts = new List<int>();
        ArgumentException e = Assert.Throws<ArgumentException>(() =>
        {
            foreach (ArticleAnalysis r in analyzer.AnalyzeMany(articles!, degree))
            {
                counts.Add(r.Get<int>()[0]);
            }
        });
        Assert.Equal("articles", e.ParamName);
        Assert.Equal([1, 2], counts);
    }

    [Fact]
    public void BatchLeftEarlyDisposesTheSequenceAndReadsBoundedAhead()
    {
        ArticleAnalyzer analyzer = Analyzer();
        var source = new CountingSource(Enumerable.Range(0, 10_000).Select(_ => new Article("One. Two. Three.")));
        int[] firstFive = analyzer.AnalyzeMany(source, 2).Take(5).Select(r => r.Get<int>()[0]).ToArray();
        Assert.Equal([3, 3, 3, 3, 3], firstFive);
        Assert.Equal(1, source.Disposed);
        Assert.InRange(source.Read, 5, 5 + (OrderedBatch.WindowPerThread * 2)); // a window of 64 articles per degree of parallelism
    }

    [Fact]
    public void BatchReportsAnAnalyzerThatReturnsNull()
    {
        InvalidOperationException e = Assert.Throws<InvalidOperationException>(() => new NullAnalyzer().AnalyzeMany([new Article("A."), new Article("B.")], 2).ToArray());
        Assert.Equal("NullAnalyzer.Analyze returned null.", e.Message);
    }

    private sealed class NullAnalyzer : IArticleAnalyzer
    {
        public ArticleAnalysis Analyze(Article article, CancellationToken cancellationToken = default) => null!;
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
