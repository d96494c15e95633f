using System.Buffers;
using Byline.Extractors.Dates;
using Byline.Extractors.Places;
using Byline.Text;

namespace Byline.Extractors.Quotes;

/// <summary>
/// Finds who said what: direct quotes in any quote marks, reported speech (<c>X said (that) ...</c>,
/// <c>..., X said.</c>, <c>according to X, ...</c>) and mixed quotes, each attributed to a speaker named
/// the way the article names it at its fullest (<c>Carter</c> and <c>He</c> become <c>Ash Carter</c>).
/// </summary>
/// <remarks>
/// <para>Stateless and thread-safe: one instance serves every article. Work is linear in the article's
/// length; every look-around is bounded by the sentence or a fixed window.</para>
/// <para>When place and date extractors ran before it, their findings keep demonyms (<c>Syrian</c>) and dates
/// (<c>Tuesday</c>) out of speaker names; its own small word lists do the same when they did not.</para>
/// <para>Publishes <see cref="Quote"/> mentions in text order.</para>
/// </remarks>
public sealed class QuotesExtractor : IArticleExtractor
{
    private static int s_preloadStarted;

    /// <summary>Creates the extractor. Its word lists start loading on a thread-pool thread, once per process.</summary>
    public QuotesExtractor() => Preload.Start(
        static _ => System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(typeof(QuoteLexicon).TypeHandle), 0, ref s_preloadStarted);

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        TextDocument doc = context.Document;
        int n = doc.Tokens.Length;
        if (n == 0)
        {
            return;
        }

        byte[] marks = ArrayPool<byte>.Shared.Rent(n);
        int[] sentenceOf = ArrayPool<int>.Shared.Rent(n);
        Lex[] lex = ArrayPool<Lex>.Shared.Rent(n);
        QuoteScratch scratch = QuoteScratch.Rent();
        try
        {
            MarkTokens(context, doc.Tokens, marks.AsSpan(0, n));
            var finder = new QuoteFinder(doc.Text, doc.Tokens, doc.Sentences, doc.Paragraphs, marks.AsSpan(0, n), sentenceOf.AsSpan(0, n), lex.AsSpan(0, n),
                doc.Dateline is { } dl ? dl.FirstToken + dl.TokenCount : 0, scratch,
                context.CancellationToken);
            List<Quote> quotes = finder.Run();
            foreach (Quote q in quotes)
            {
                context.Add(q);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(marks);
            ArrayPool<int>.Shared.Return(sentenceOf);
            ArrayPool<Lex>.Shared.Return(lex);
            QuoteScratch.Return(scratch);
        }
    }

    /// <summary>Marks tokens that earlier extractors found to be dates (1) or demonyms (2); both never name a speaker.</summary>
    private static void MarkTokens(ExtractionContext context, ReadOnlySpan<Token> tokens, Span<byte> marks)
    {
        marks.Clear();
        foreach (TemporalExpression d in context.Get<TemporalExpression>())
        {
            Mark(tokens, marks, d.Start, d.Start + d.Length, QuoteFinder.DateMark);
        }

        foreach (Place p in context.Get<Place>())
        {
            foreach (PlaceMention m in p.Mentions)
            {
                Mark(tokens, marks, m.Start, m.Start + m.Length, m.Kind == PlaceMentionKind.Demonym ? QuoteFinder.DemonymMark : QuoteFinder.PlaceMark);
            }
        }
    }

    private static void Mark(ReadOnlySpan<Token> tokens, Span<byte> marks, int start, int end, byte mark)
    {
        // Binary search for the first token ending after start; mentions are short, so the walk is bounded.
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (tokens[mid].End <= start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (int i = lo; i < tokens.Length && tokens[i].Start < end; i++)
        {
            if (marks[i] == 0 || mark == QuoteFinder.DateMark)
            {
                marks[i] = mark;
            }
        }
    }
}
