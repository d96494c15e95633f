using Byline.Text;

namespace Byline;

/// <summary>
/// What an <see cref="IArticleExtractor"/> sees while it runs: the article, its shared tokenized document,
/// what earlier extractors found, and where to publish its own findings.
/// </summary>
/// <remarks>A context belongs to one analysis on one thread; it is not thread-safe and must not be kept after the call.</remarks>
public sealed class ExtractionContext
{
    private readonly Dictionary<Type, IMentionList> _results = new();

    internal ExtractionContext(Article article, TextDocument document, CancellationToken cancellationToken)
    {
        Article = article;
        Document = document;
        CancellationToken = cancellationToken;
    }

    /// <summary>The article being analyzed.</summary>
    public Article Article { get; }

    /// <summary>The article's text, tokenized and segmented once for all extractors.</summary>
    public TextDocument Document { get; }

    /// <summary>Signals that the caller no longer wants the result; long-running extractors should check it.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>What has been published so far of type <typeparamref name="T"/>, in publication order.</summary>
    /// <typeparam name="T">The mention type.</typeparam>
    /// <returns>The mentions; empty when none.</returns>
    public IReadOnlyList<T> Get<T>() where T : notnull =>
        _results.TryGetValue(typeof(T), out IMentionList? list) ? ((MentionList<T>)list).Items : Array.Empty<T>();

    /// <summary>Publishes one mention.</summary>
    /// <typeparam name="T">The mention type callers will ask for.</typeparam>
    /// <param name="mention">The mention.</param>
    /// <exception cref="ArgumentNullException"><paramref name="mention"/> is null.</exception>
    public void Add<T>(T mention) where T : notnull
    {
        ArgumentNullException.ThrowIfNull(mention);
        ListFor<T>().Add(mention);
    }

    /// <summary>Publishes several mentions.</summary>
    /// <typeparam name="T">The mention type callers will ask for.</typeparam>
    /// <param name="mentions">The mentions.</param>
    /// <exception cref="ArgumentNullException"><paramref name="mentions"/> or one of its items is null.</exception>
    public void AddRange<T>(IEnumerable<T> mentions) where T : notnull
    {
        ArgumentNullException.ThrowIfNull(mentions);
        MentionList<T> list = ListFor<T>();
        foreach (T m in mentions)
        {
            ArgumentNullException.ThrowIfNull(m, nameof(mentions));
            list.Add(m);
        }
    }

    private MentionList<T> ListFor<T>() where T : notnull
    {
        if (!_results.TryGetValue(typeof(T), out IMentionList? list))
        {
            list = new MentionList<T>();
            _results.Add(typeof(T), list);
        }

        return (MentionList<T>)list;
    }

    internal Dictionary<Type, object> Freeze()
    {
        var frozen = new Dictionary<Type, object>(_results.Count);
        foreach (KeyValuePair<Type, IMentionList> pair in _results)
        {
            frozen.Add(pair.Key, pair.Value.Freeze());
        }

        return frozen;
    }

    private interface IMentionList
    {
        object Freeze();
    }

    private sealed class MentionList<T> : IMentionList
    {
        public List<T> Items { get; } = new();

        public void Add(T item) => Items.Add(item);

        public object Freeze() => Array.AsReadOnly(Items.ToArray());
    }
}
