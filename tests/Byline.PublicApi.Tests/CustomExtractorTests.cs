using Byline;
using Byline.Text;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.PublicApi.Tests;

/// <summary>A user's own mention type.</summary>
public sealed record Hashtag(string Text, int Start, int Length);

/// <summary>A user's own extractor, written against the public API only.</summary>
public sealed class HashtagExtractor : IArticleExtractor
{
    public void Extract(ExtractionContext context)
    {
        TextDocument doc = context.Document;
        foreach (Token t in doc.Tokens)
        {
            if (t.Kind == TokenKind.Hashtag)
            {
                context.Add(new Hashtag(doc.GetText(t).ToString(), t.Start, t.Length));
            }
        }
    }
}

/// <summary>Reads what an earlier extractor published.</summary>
public sealed class HashtagCounter : IArticleExtractor
{
    public void Extract(ExtractionContext context) => context.Add(new HashtagCount(context.Get<Hashtag>().Count));
}

public sealed record HashtagCount(int Value);

public class CustomExtractorTests
{
    private const string Text = "Protests in #Aleppo and #Mosul grew on Tuesday.";

    [Fact]
    public void CustomExtractorRegisteredThroughDependencyInjection()
    {
        var services = new ServiceCollection();
        services.AddArticleAnalyzer().AddExtractor<HashtagExtractor>().AddExtractor(new HashtagCounter());
        using ServiceProvider provider = services.BuildServiceProvider();
        IArticleAnalyzer analyzer = provider.GetRequiredService<IArticleAnalyzer>();

        ArticleAnalysis analysis = analyzer.Analyze(Text);

        Assert.Equal(new[] { new Hashtag("#Aleppo", 12, 7), new Hashtag("#Mosul", 24, 6) }, analysis.Get<Hashtag>());
        Assert.Equal(new HashtagCount(2), Assert.Single(analysis.Get<HashtagCount>()));
        Assert.Same(analyzer, provider.GetRequiredService<IArticleAnalyzer>());
    }

    [Fact]
    public void CustomExtractorWithoutDependencyInjection()
    {
        ArticleAnalyzer analyzer = new ArticleAnalyzerBuilder(includeBuiltInExtractors: false)
            .AddExtractor(new HashtagExtractor())
            .Build();

        ArticleAnalysis analysis = analyzer.Analyze(new Article(Text, id: "t1"));

        Assert.Equal("t1", analysis.Article.Id);
        Assert.Equal(new[] { "#Aleppo", "#Mosul" }, analysis.Get<Hashtag>().Select(h => h.Text));
        Assert.Empty(analysis.Get<HashtagCount>());
    }

    [Fact]
    public void RemovedExtractorDoesNotRun()
    {
        var services = new ServiceCollection();
        services.AddArticleAnalyzer(b => b.AddExtractor<HashtagExtractor>().RemoveExtractor<HashtagExtractor>());
        using ServiceProvider provider = services.BuildServiceProvider();
        Assert.Empty(provider.GetRequiredService<IArticleAnalyzer>().Analyze(Text).Get<Hashtag>());
    }
}

public class ReplaceExtractorTests
{
    [Fact]
    public void ReplacingABuiltInKeepsItsPlaceInTheOrder()
    {
        var services = new ServiceCollection();
        var replacement = new Byline.Extractors.Places.PlacesExtractor(new Byline.Extractors.Places.PlacesExtractorOptions { IncludeDemonyms = false });
        services.AddArticleAnalyzer().ReplaceExtractor<Byline.Extractors.Places.PlacesExtractor>(replacement);
        using ServiceProvider provider = services.BuildServiceProvider();
        var analyzer = Assert.IsType<ArticleAnalyzer>(provider.GetRequiredService<IArticleAnalyzer>());
        Assert.Same(replacement, analyzer.Extractors[2]); // dates, quantities, places, quotes
        Assert.Single(analyzer.Extractors, e => e is Byline.Extractors.Places.PlacesExtractor);

        ArticleAnalyzer direct = new ArticleAnalyzerBuilder().ReplaceExtractor<Byline.Extractors.Places.PlacesExtractor>(replacement).Build();
        Assert.Same(replacement, direct.Extractors[2]);
        Assert.Equal(analyzer.Extractors.Count, direct.Extractors.Count);
    }
}
