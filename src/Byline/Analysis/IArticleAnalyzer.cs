namespace Byline;

/// <summary>Analyzes news articles: who said what, where, when and how much.</summary>
/// <remarks>Implementations are thread-safe: one instance may analyze many articles at once from many threads.</remarks>
public interface IArticleAnalyzer
{
    /// <summary>Runs every registered extractor over <paramref name="article"/>.</summary>
    /// <param name="article">The article.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    /// <returns>The immutable analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    ArticleAnalysis Analyze(Article article, CancellationToken cancellationToken = default);
}
