namespace Byline;

/// <summary>
/// Finds one kind of thing in an article and publishes what it finds into the <see cref="ExtractionContext"/>.
/// </summary>
/// <remarks>
/// <para>Implementations must be thread-safe: one instance serves every article an analyzer processes,
/// from many threads at once. Keep no per-call state in fields; everything a call needs arrives in its context.</para>
/// <para>Extractors run in registration order over one shared <see cref="Text.TextDocument"/>; an extractor
/// can read what earlier ones published with <see cref="ExtractionContext.Get{T}"/>. Only the order within one
/// article is guaranteed: <see cref="ArticleAnalyzerExtensions.AnalyzeMany"/> runs each extractor over a group of
/// articles before the next extractor starts, so extractors pass nothing to each other except through the context.</para>
/// <para>Bad text must give empty or partial results, never exceptions.</para>
/// </remarks>
public interface IArticleExtractor
{
    /// <summary>Finds mentions in <see cref="ExtractionContext.Document"/> and adds them with <see cref="ExtractionContext.Add{T}(T)"/>.</summary>
    /// <param name="context">The article, its document, earlier findings and the cancellation token.</param>
    void Extract(ExtractionContext context);
}
