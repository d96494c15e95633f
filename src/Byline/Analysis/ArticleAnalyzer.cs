using Byline.Text;

namespace Byline;

/// <summary>The standard <see cref="IArticleAnalyzer"/>: tokenizes an article once and runs its extractors in order.</summary>
/// <remarks>Thread-safe as long as its extractors are, as <see cref="IArticleExtractor"/> requires.</remarks>
public sealed class ArticleAnalyzer : IArticleAnalyzer
{
    private readonly IArticleExtractor[] _extractors;

    /// <summary>Creates an analyzer that runs <paramref name="extractors"/> in the given order.</summary>
    /// <param name="extractors">The extractors; later ones may read what earlier ones found.</param>
    /// <exception cref="ArgumentNullException"><paramref name="extractors"/> or one of its items is null.</exception>
    public ArticleAnalyzer(IEnumerable<IArticleExtractor> extractors)
    {
        ArgumentNullException.ThrowIfNull(extractors);
        var list = new List<IArticleExtractor>();
        foreach (IArticleExtractor e in extractors)
        {
            ArgumentNullException.ThrowIfNull(e, nameof(extractors));
            list.Add(e);
        }

        _extractors = list.ToArray();
    }

    /// <summary>The extractors, in the order they run.</summary>
    public IReadOnlyList<IArticleExtractor> Extractors => _extractors;

    /// <inheritdoc />
    public ArticleAnalysis Analyze(Article article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        cancellationToken.ThrowIfCancellationRequested();
        using TextDocument document = TextDocument.Create(article.Text);
        var context = new ExtractionContext(article, document, cancellationToken);
        foreach (IArticleExtractor extractor in _extractors)
        {
            cancellationToken.ThrowIfCancellationRequested();
            extractor.Extract(context);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return new ArticleAnalysis(article, context.Freeze());
    }
}
