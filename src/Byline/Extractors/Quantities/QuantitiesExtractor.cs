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
    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        TextDocument doc = context.Document;
        string text = doc.Text;
        int[] claimed = ClaimedRanges(context.Get<TemporalExpression>(), text.Length);
        var found = new List<Found>();
        var scanner = new QuantityScanner(text, doc.Tokens, doc.Sentences, claimed);
        scanner.Run(found);
        ReadOnlySpan<Token> tokens = doc.Tokens;
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
    private static int[] ClaimedRanges(IReadOnlyList<TemporalExpression> dates, int textLength)
    {
        if (dates.Count == 0)
        {
            return [];
        }

        var pairs = new (int Start, int End)[dates.Count];
        for (int i = 0; i < dates.Count; i++)
        {
            int s = Math.Clamp(dates[i].Start, 0, textLength);
            pairs[i] = (s, Math.Clamp(dates[i].Start + dates[i].Length, s, textLength));
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
}
