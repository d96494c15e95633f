using Byline;
using Byline.Extractors.Places;
using Byline.Extractors.Quotes;
using Byline.Text;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.Package.Tests;

public sealed record Handle(string Text, int Start);

public sealed class HandleExtractor : IArticleExtractor
{
    public void Extract(ExtractionContext context)
    {
        foreach (Token t in context.Document.Tokens)
        {
            if (t.Kind == TokenKind.Handle)
            {
                context.Add(new Handle(context.Document.GetText(t).ToString(), t.Start));
            }
        }
    }
}

public class PackageConsumerTests
{
    private static readonly string Sample = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "sample.txt"));

    [Fact]
    public void AnalyzesTheSampleThroughDependencyInjectionWithACustomExtractor()
    {
        var services = new ServiceCollection();
        services.AddArticleAnalyzer().AddExtractor<HandleExtractor>();
        using ServiceProvider provider = services.BuildServiceProvider();
        IArticleAnalyzer analyzer = provider.GetRequiredService<IArticleAnalyzer>();

        string text = Sample + "\nFollow @Reuters for more.";
        ArticleAnalysis a = analyzer.Analyze(new Article(text, new DateTimeOffset(2016, 10, 25, 0, 0, 0, TimeSpan.Zero), "sample"));

        Handle h = Assert.Single(a.Get<Handle>());
        Assert.Equal("@Reuters", h.Text);
        Assert.Equal(text.IndexOf("@Reuters", StringComparison.Ordinal), h.Start);

        Quote carter = Assert.Single(a.Quotes, q => q.Kind == QuoteKind.Direct && q.Text.StartsWith("Yes, there will be overlap", StringComparison.Ordinal));
        Assert.Equal("Ash Carter", carter.Speaker?.Name);
        Assert.Equal(text.IndexOf("Yes, there will be overlap", StringComparison.Ordinal), carter.Start);
    }
}
