namespace Byline;

/// <summary>Conveniences over <see cref="IArticleAnalyzer"/>.</summary>
public static class ArticleAnalyzerExtensions
{
    /// <summary>Analyzes a text with no publication date or id.</summary>
    /// <param name="analyzer">The analyzer.</param>
    /// <param name="text">The article's text.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analyzer"/> or <paramref name="text"/> is null.</exception>
    public static ArticleAnalysis Analyze(this IArticleAnalyzer analyzer, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(text);
        return analyzer.Analyze(new Article(text), cancellationToken);
    }

    /// <summary>
    /// Analyzes a sequence of articles on several cores and yields the results lazily, in input order.
    /// </summary>
    /// <remarks>
    /// Pool threads and the enumerating thread each take the next few articles (up to 32) as soon as they finish their
    /// last ones, staying at most 64 articles per degree of parallelism ahead of the result being yielded. With an
    /// <see cref="ArticleAnalyzer"/>, each such group goes through the extractors one extractor at a time (each article
    /// still sees its extractors in order), which keeps each extractor's tables in the processor's caches. An exception
    /// thrown while reading the sequence or analyzing an article (a null article gives <see cref="ArgumentException"/>) is
    /// rethrown as it is, once every earlier result has been yielded; no later group is started. Stopping the enumeration
    /// early cancels the articles in progress and disposes the sequence's enumerator.
    /// </remarks>
    /// <param name="analyzer">The analyzer.</param>
    /// <param name="articles">The articles; read lazily, from one thread at a time.</param>
    /// <param name="maxDegreeOfParallelism">How many articles to analyze at once; -1 (the default) means one per core.</param>
    /// <param name="cancellationToken">Stops the batch: no further result is yielded and <see cref="OperationCanceledException"/> is thrown.</param>
    /// <returns>One analysis per article, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analyzer"/> or <paramref name="articles"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is 0 or less than -1.</exception>
    public static IEnumerable<ArticleAnalysis> AnalyzeMany(this IArticleAnalyzer analyzer, IEnumerable<Article> articles,
        int maxDegreeOfParallelism = -1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(articles);
        if (maxDegreeOfParallelism == 0 || maxDegreeOfParallelism < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "Use -1 for one per core, or a positive number.");
        }

        return AnalyzeManyIterator(analyzer, articles, maxDegreeOfParallelism == -1 ? Environment.ProcessorCount : maxDegreeOfParallelism, cancellationToken);
    }

    private static IEnumerable<ArticleAnalysis> AnalyzeManyIterator(IArticleAnalyzer analyzer, IEnumerable<Article> articles,
        int degree, CancellationToken cancellationToken)
    {
        // One thread and an analyzer of its own kind: read lazily, one article at a time. An ArticleAnalyzer goes through the
        // batch engine even on one thread (no workers then), which runs groups of articles extractor by extractor.
        if (degree == 1 && analyzer is not ArticleAnalyzer)
        {
            foreach (Article article in articles)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return analyzer.Analyze(article ?? throw new ArgumentException("The sequence contains a null article.", nameof(articles)), cancellationToken);
            }

            yield break;
        }

        using var batch = new OrderedBatch(analyzer, articles.GetEnumerator(), degree, cancellationToken);
        while (batch.TryTake(out ArticleAnalysis analysis))
        {
            yield return analysis;
        }
    }

}
