using System.Collections.Frozen;
using Byline.Extractors.Dates;
using Byline.Text;

namespace Byline.Extractors.Quantities;

/// <summary>
/// Finds quantities: numbers with their unit, dimension, modifier and what they count
/// (<c>more than 35 Daesh commanders</c>, <c>a 10-km zone</c>, <c>1,280 square km</c>, <c>$4.5bn</c>, <c>3.2%</c>).
/// </summary>
/// <remarks>
/// <para>Stateless and thread-safe: one instance serves every article. Runs after the dates extractor and skips
/// the numbers inside the dates and durations it found (<c>the past 90 days</c>); on its own it also leaves out
/// years, times, day numbers next to months, ordinals, list numbers, phone numbers, versions, labels
/// (<c>Resolution 2254</c>) and scores (<c>2-1</c>).</para>
/// <para>Each token gets a cheap trigger test (a number token, a currency symbol or code, a number word) before
/// any deeper parsing, which looks only at a bounded window of the token's sentence: the pass is linear in the text.</para>
/// </remarks>
public sealed class QuantitiesExtractor : IArticleExtractor
{
    private static int s_preloadStarted;

    /// <summary>Creates the extractor. Its word lists start loading on a thread-pool thread, once per process.</summary>
    public QuantitiesExtractor() => Preload.Start(
        static _ => System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(typeof(QuantityLexicon).TypeHandle), 0, ref s_preloadStarted);

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        TextDocument doc = context.Document;
        string text = doc.Text;
        int[] claimed = ClaimedRanges(context.Get<TemporalExpression>(), text);
        List<Found> found = t_found ?? new List<Found>();
        t_found = null;
        try
        {
            var scanner = new QuantityScanner(text, doc.Tokens, doc.Sentences, claimed);
            scanner.Run(found);
            Publish(context, text, doc.Tokens, found);
        }
        finally
        {
            // The list is kept for this thread's next article, unless one huge article made it large.
            if (found.Capacity <= MaxKeptFound)
            {
                found.Clear();
                t_found = found;
            }
        }
    }

    /// <summary>A list of findings longer than this is dropped after its article rather than kept for the next one.</summary>
    private const int MaxKeptFound = 4096;

    /// <summary>This thread's findings list between two articles: a scratch buffer, not state (it is empty between calls).</summary>
    [ThreadStatic]
    private static List<Found>? t_found;

    private static void Publish(ExtractionContext context, string text, ReadOnlySpan<Token> tokens, List<Found> found)
    {
        foreach (Found f in found)
        {
            int start = tokens[f.StartTok].Start;
            int end = tokens[f.EndTok - 1].End;
            UnitInfo? unit = f.Unit;
            QuantityDimension dimension = unit?.Dimension ?? QuantityDimension.Count;
            double? si = null;
            string? siUnit = null;
            if (unit is { } u && u.SiUnit is { } su)
            {
                si = f.Value * u.Factor + u.Offset;
                siUnit = su;
            }

            context.Add(new Quantity(text.Substring(start, end - start), start, end - start, f.Value, unit?.Code, dimension,
                f.Modifier, f.Upper, f.Noun, si, siUnit));
        }
    }

    /// <summary>Start/end pairs of the temporal expressions, sorted and merged, for a linear skip test.</summary>
    private static int[] ClaimedRanges(IReadOnlyList<TemporalExpression> dates, string text)
    {
        if (dates.Count == 0)
        {
            return [];
        }

        int textLength = text.Length;
        var pairs = new (int Start, int End)[dates.Count];
        int count = 0;
        for (int i = 0; i < dates.Count; i++)
        {
            int s = Math.Clamp(dates[i].Start, 0, textLength);
            int e = Math.Clamp(dates[i].Start + dates[i].Length, s, textLength);
            if (!IsWeakQuarterDuration(dates[i], text, s, e))
            {
                pairs[count++] = (s, e);
            }
        }

        if (count < pairs.Length)
        {
            Array.Resize(ref pairs, count);
        }

        Array.Sort(pairs);
        var merged = new List<int>(pairs.Length * 2);
        foreach ((int s, int e) in pairs)
        {
            if (merged.Count > 0 && s <= merged[^1])
            {
                merged[^1] = Math.Max(merged[^1], e);
            }
            else
            {
                merged.Add(s);
                merged.Add(e);
            }
        }

        return merged.ToArray();
    }

    /// <summary>Words that may come right before a fraction <c>three quarters</c>: <c>about three quarters</c>.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FractionBefore = new[]
    {
        "about", "around", "nearly", "almost", "roughly", "approximately", "some", "just", "only", "fully", "exactly", "precisely", "barely",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words after <c>three quarters</c> that make it a span of time: <c>three quarters running</c>, <c>two quarters ago</c>.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> QuarterTimeAfter = new[]
    {
        "in", "running", "straight", "ago", "later", "earlier", "before", "after", "since", "from", "of", "to", "until", "into", "on",
        "ahead", "back", "behind", "away", "out", "hence", "now", "time",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A duration of the dates extractor that is only a spelled number and <c>quarters</c>, at the start of a clause or after
    /// <c>about</c>, with no word of time after it (<c>Three quarters said yes.</c>, <c>about three quarters</c>): the fraction,
    /// not a span of fiscal quarters, so the number stays free for this extractor. <c>for three quarters</c>,
    /// <c>the preceding two quarters</c>, <c>two quarters ahead</c> stay durations.
    /// </summary>
    private static bool IsWeakQuarterDuration(TemporalExpression date, string text, int start, int end)
    {
        if (date.Type != TemporalType.Duration || end - start > 32 || !date.Value.EndsWith('Q'))
        {
            return false;
        }

        ReadOnlySpan<char> span = text.AsSpan(start, end - start);
        int space = span.IndexOf(' ');
        if (space <= 0 || span.Slice(space + 1).IndexOf(' ') >= 0)
        {
            return false;
        }

        ReadOnlySpan<char> number = span.Slice(0, space);
        ReadOnlySpan<char> unit = span.Slice(space + 1);
        if (!QuantityLexicon.Cardinals.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(number, out int n) || n is < 2 or > 9
            || !unit.Equals("quarters", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        ReadOnlySpan<char> before = WordBefore(text, start);
        return (before.IsEmpty || FractionBefore.Contains(before)) && !QuarterTimeAfter.Contains(WordAfter(text, end));
    }

    /// <summary>The letters right before <paramref name="start"/>, past spaces (empty at punctuation or the text start).</summary>
    private static ReadOnlySpan<char> WordBefore(string text, int start)
    {
        int e = start;
        while (e > 0 && start - e < 8 && text[e - 1] == ' ')
        {
            e--;
        }

        int s = e;
        while (s > 0 && e - s < 16 && char.IsLetter(text[s - 1]))
        {
            s--;
        }

        return text.AsSpan(s, e - s);
    }

    /// <summary>The letters right after <paramref name="end"/>, past spaces (empty at punctuation or the text end).</summary>
    private static ReadOnlySpan<char> WordAfter(string text, int end)
    {
        int s = end;
        while (s < text.Length && s - end < 8 && text[s] == ' ')
        {
            s++;
        }

        int e = s;
        while (e < text.Length && e - s < 16 && char.IsLetter(text[e]))
        {
            e++;
        }

        return text.AsSpan(s, e - s);
    }
}
