namespace Byline.Extractors.Dates;

/// <summary>
/// Finds temporal expressions (dates, times, durations, recurrences) and normalizes them to TimeML TIMEX3
/// values, resolving relative ones (<c>Tuesday</c>, <c>last year</c>, <c>two weeks ago</c>) against
/// <see cref="Article.PublishedAt"/>.
/// </summary>
/// <remarks>
/// <para>The extractor is stateless and thread-safe: one instance serves every article. It reads the shared
/// token array once, looks each word up in a frozen trigger table and parses only around triggers, within a
/// bounded window, so it runs in time linear in the text and allocates only for what it reports.</para>
/// <para>Conventions: spans follow TimeBank (a leading <c>the</c> and modifiers such as <c>last</c>, <c>early</c>,
/// <c>more than</c> are part of the expression; a preposition such as <c>on</c> or <c>in</c> is not). A bare weekday
/// is the nearest such day not after publication, unless the clause is in the future tense. A range such as
/// <c>from 2010 to 2014</c> or <c>between March and May</c> is reported as two expressions, one for each end.
/// Without a publication date, unknown parts of a value stay <c>X</c> (<c>XXXX-WXX-2</c>).</para>
/// </remarks>
public sealed class DatesExtractor : IArticleExtractor
{
    private readonly DatesExtractorOptions _options;

    /// <summary>Creates an extractor with default options.</summary>
    public DatesExtractor()
        : this(new DatesExtractorOptions())
    {
    }

    /// <summary>Creates an extractor. Its word lists start loading on a thread-pool thread, once per process.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public DatesExtractor(DatesExtractorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        Preload.Start(
            static _ => System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(typeof(DateLexicon).TypeHandle), 0, ref s_preloadStarted);
    }

    private static int s_preloadStarted;

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        DateOnly? anchor = context.Article.PublishedAt is { } p ? DateOnly.FromDateTime(p.DateTime) : null;
        if (anchor is { Year: < 1000 or > 8999 })
        {
            anchor = null; // keep every relative shift inside the calendar: such dates are not news
        }

        var scanner = new DateScanner(context.Document.Text, context.Document.Tokens, anchor, _options, context);
        scanner.Run();
    }
}
