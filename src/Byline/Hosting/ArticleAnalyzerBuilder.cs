namespace Byline;

/// <summary>Builds an <see cref="ArticleAnalyzer"/> without dependency injection.</summary>
/// <example>
/// <code>
/// var analyzer = new ArticleAnalyzerBuilder().AddExtractor(new MyExtractor()).Build();
/// </code>
/// </example>
public sealed class ArticleAnalyzerBuilder
{
    private readonly List<IArticleExtractor> _extractors = new();

    /// <summary>Creates a builder.</summary>
    /// <param name="includeBuiltInExtractors">Whether to start with the built-in quote, place, date and quantity extractors.</param>
    public ArticleAnalyzerBuilder(bool includeBuiltInExtractors = true)
    {
        if (includeBuiltInExtractors)
        {
            _extractors.AddRange(BuiltInExtractors.Create());
        }
    }

    /// <summary>Adds an extractor that runs after those already added.</summary>
    /// <param name="extractor">The extractor; it must be thread-safe.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="extractor"/> is null.</exception>
    public ArticleAnalyzerBuilder AddExtractor(IArticleExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        _extractors.Add(extractor);
        return this;
    }

    /// <summary>
    /// Replaces every extractor of type <typeparamref name="TExtractor"/> with <paramref name="replacement"/>, keeping its
    /// place in the running order; adds it at the end when there is none. Use it to configure a built-in extractor.
    /// </summary>
    /// <typeparam name="TExtractor">The extractor type to replace.</typeparam>
    /// <param name="replacement">The extractor to run in its place; it must be thread-safe.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="replacement"/> is null.</exception>
    public ArticleAnalyzerBuilder ReplaceExtractor<TExtractor>(IArticleExtractor replacement)
        where TExtractor : class, IArticleExtractor
    {
        ArgumentNullException.ThrowIfNull(replacement);
        int first = _extractors.FindIndex(e => e is TExtractor);
        _extractors.RemoveAll(e => e is TExtractor);
        _extractors.Insert(first < 0 ? _extractors.Count : first, replacement);
        return this;
    }

    /// <summary>Creates the analyzer. The builder can be reused afterwards.</summary>
    /// <returns>A thread-safe analyzer.</returns>
    public ArticleAnalyzer Build() => new(_extractors);
}
