using Byline.Extractors.Dates;
using Byline.Extractors.Places;
using Byline.Extractors.Quantities;
using Byline.Extractors.Quotes;

namespace Byline;

/// <summary>The immutable result of analyzing one <see cref="Byline.Article"/>: everything each extractor published, by type.</summary>
public sealed class ArticleAnalysis
{
    private readonly Dictionary<Type, object> _results;

    internal ArticleAnalysis(Article article, Dictionary<Type, object> results)
    {
        Article = article;
        _results = results;
    }

    /// <summary>The analyzed article.</summary>
    public Article Article { get; }

    /// <summary>Who said what: direct, indirect and mixed quotes, in text order.</summary>
    public IReadOnlyList<Quote> Quotes => Get<Quote>();

    /// <summary>Distinct places with their mentions, in order of first mention.</summary>
    public IReadOnlyList<Place> Places => Get<Place>();

    /// <summary>Temporal expressions, in text order.</summary>
    public IReadOnlyList<TemporalExpression> Dates => Get<TemporalExpression>();

    /// <summary>Quantities, in text order.</summary>
    public IReadOnlyList<Quantity> Quantities => Get<Quantity>();

    /// <summary>What extractors published of type <typeparamref name="T"/>, in publication order.</summary>
    /// <typeparam name="T">The mention type, built-in or custom.</typeparam>
    /// <returns>The mentions; empty when none were published.</returns>
    public IReadOnlyList<T> Get<T>() where T : notnull =>
        _results.TryGetValue(typeof(T), out object? list) ? (IReadOnlyList<T>)list : Array.Empty<T>();

    /// <summary>The mention types present in this analysis.</summary>
    public IReadOnlyCollection<Type> MentionTypes => _results.Keys;
}
