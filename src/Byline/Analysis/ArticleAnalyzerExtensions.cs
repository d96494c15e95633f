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
    /// <param name="analyzer">The analyzer.</param>
    /// <param name="articles">The articles; read lazily, a batch at a time.</param>
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
        int batchSize = Math.Max(1, degree) * 16;
        var batch = new List<Article>(batchSize);
        var results = new ArticleAnalysis[batchSize];
        var options = new ParallelOptions { MaxDegreeOfParallelism = degree, CancellationToken = cancellationToken };
        using IEnumerator<Article> e = articles.GetEnumerator();
        while (true)
        {
            batch.Clear();
            while (batch.Count < batchSize && e.MoveNext())
            {
                batch.Add(e.Current ?? throw new ArgumentException("The sequence contains a null article.", nameof(articles)));
            }

            if (batch.Count == 0)
            {
                yield break;
            }

            if (degree == 1 || batch.Count == 1)
            {
                for (int i = 0; i < batch.Count; i++)
                {
                    results[i] = analyzer.Analyze(batch[i], cancellationToken);
                }
            }
            else
            {
                Parallel.For(0, batch.Count, options, i => results[i] = analyzer.Analyze(batch[i], cancellationToken));
            }

            for (int i = 0; i < batch.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return results[i];
                results[i] = null!;
            }
        }
    }
}
