using System.Globalization;
using System.Text;
using Byline.Extractors.Dates;
using Byline.Extractors.Places;
using Byline.Extractors.Quantities;
using Byline.Extractors.Quotes;
using Byline.Serialization;

namespace Byline.Cli.Html;

/// <summary>What kind of finding a highlight marks; the order is the nesting order for findings with the same span.</summary>
internal enum FindingKind
{
    /// <summary>A direct quote.</summary>
    DirectQuote,
    /// <summary>An indirect or mixed quote.</summary>
    ReportedQuote,
    /// <summary>A speaker mention.</summary>
    Speaker,
    /// <summary>A speech cue.</summary>
    Cue,
    /// <summary>A place mention.</summary>
    Place,
    /// <summary>A temporal expression.</summary>
    Date,
    /// <summary>A quantity.</summary>
    Quantity,
}

/// <summary>One highlighted span: its element id (unique in the page), kind, offsets and tooltip text.</summary>
internal sealed record Finding(string Id, FindingKind Kind, int Start, int Length, string Tip)
{
    public int End => Start + Length;

    /// <summary>The CSS class of the kind.</summary>
    public string Css => CssClass(Kind);

    public static string CssClass(FindingKind kind) => kind switch
    {
        FindingKind.DirectQuote => "qd",
        FindingKind.ReportedQuote => "qr",
        FindingKind.Speaker => "sp",
        FindingKind.Cue => "cu",
        FindingKind.Place => "pl",
        FindingKind.Date => "dt",
        _ => "qt",
    };
}

/// <summary>
/// Every finding of an analysis as a highlight, with stable ids: <c>q3</c> (quote 3), <c>s3</c> and <c>c3</c> (its
/// speaker and cue mentions; a mention shared by several quotes is one finding under the first quote's number),
/// <c>p2-0</c> (mention 0 of place 2), <c>d4</c> (date 4), <c>n5</c> (quantity 5). Findings whose offsets fall outside
/// the text or are empty are left out; everything else is kept, in text order (outer spans first).
/// </summary>
internal sealed class Findings
{
    private readonly Dictionary<(int Start, int Length), string> _speakerIds = new();
    private readonly Dictionary<(int Start, int Length), string> _cueIds = new();
    private readonly List<Finding> _all = new();
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly int _textLength;

    private Findings(int textLength) => _textLength = textLength;

    /// <summary>All findings sorted by start, then longest first, then by kind.</summary>
    public IReadOnlyList<Finding> All => _all;

    /// <summary>The id of the finding that highlights a quote's speaker mention, or <see langword="null"/>.</summary>
    public string? SpeakerId(Quote q) => q.Speaker is { } s && _speakerIds.TryGetValue((s.Start, s.Length), out string? id) ? id : null;

    /// <summary>Whether the finding with this id is highlighted (its offsets are inside the text).</summary>
    public bool Has(string id) => _ids.Contains(id);

    /// <summary>Collects the findings of an analysis.</summary>
    public static Findings Collect(ArticleAnalysis analysis)
    {
        var set = new Findings(analysis.Article.Text.Length);
        CultureInfo ci = CultureInfo.InvariantCulture;
        IReadOnlyList<Quote> quotes = analysis.Quotes;
        var tip = new StringBuilder();
        for (int i = 0; i < quotes.Count; i++)
        {
            Quote q = quotes[i];
            tip.Clear();
            tip.Append(q.Kind switch { QuoteKind.Direct => "Direct quote", QuoteKind.Indirect => "Reported speech", _ => "Mixed quote" });
            tip.Append('\n').Append(q.Speaker is { } who ? "Speaker: " + SpeakerLine(who) : "Speaker: not found");
            if (q.Cue is { } cue)
            {
                tip.Append("\nCue: ").Append(cue.Text);
            }

            set.Add(new Finding("q" + i.ToString(ci), q.Kind == QuoteKind.Direct ? FindingKind.DirectQuote : FindingKind.ReportedQuote, q.Start, q.Length, tip.ToString()));
            if (q.Speaker is { } s && !set._speakerIds.ContainsKey((s.Start, s.Length)))
            {
                string id = "s" + i.ToString(ci);
                string line = "Speaker: " + s.Name + (s.Role is null ? "" : "\nRole: " + s.Role) + (s.Text == s.Name ? "" : "\nAs written: " + s.Text);
                if (set.Add(new Finding(id, FindingKind.Speaker, s.Start, s.Length, line)))
                {
                    set._speakerIds[(s.Start, s.Length)] = id;
                }
            }

            if (q.Cue is { } c && !set._cueIds.ContainsKey((c.Start, c.Length)))
            {
                string id = "c" + i.ToString(ci);
                string line = "Speech cue: " + c.Text + "\nSpeaker: " + (q.Speaker?.Name ?? "not found");
                if (set.Add(new Finding(id, FindingKind.Cue, c.Start, c.Length, line)))
                {
                    set._cueIds[(c.Start, c.Length)] = id;
                }
            }
        }

        IReadOnlyList<Place> places = analysis.Places;
        for (int i = 0; i < places.Count; i++)
        {
            Place p = places[i];
            string info = PlaceTip(p);
            for (int m = 0; m < p.Mentions.Count; m++)
            {
                PlaceMention pm = p.Mentions[m];
                string kind = pm.Kind == PlaceMentionKind.Demonym ? "\nMentioned as a demonym" : "";
                set.Add(new Finding(string.Create(ci, $"p{i}-{m}"), FindingKind.Place, pm.Start, pm.Length, info + kind));
            }
        }

        IReadOnlyList<TemporalExpression> dates = analysis.Dates;
        for (int i = 0; i < dates.Count; i++)
        {
            TemporalExpression d = dates[i];
            string line = "Date: TIMEX3 " + d.Type.ToString().ToUpperInvariant() + "\nValue: " + d.Value + (d.Mod is null ? "" : "\nMod: " + d.Mod);
            set.Add(new Finding("d" + i.ToString(ci), FindingKind.Date, d.Start, d.Length, line));
        }

        IReadOnlyList<Quantity> quantities = analysis.Quantities;
        for (int i = 0; i < quantities.Count; i++)
        {
            Quantity q = quantities[i];
            set.Add(new Finding("n" + i.ToString(ci), FindingKind.Quantity, q.Start, q.Length, QuantityTip(q)));
        }

        set._all.Sort(static (a, b) =>
            a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : a.Length != b.Length ? b.Length.CompareTo(a.Length)
            : a.Kind.CompareTo(b.Kind));
        return set;
    }

    internal static string SpeakerLine(Speaker s) => s.Role is null ? s.Name : s.Name + " (" + s.Role + ")";

    internal static string PlaceTip(Place p)
    {
        CultureInfo ci = CultureInfo.InvariantCulture;
        var sb = new StringBuilder("Place: ").Append(p.Name);
        if (p.GeonameId is { } id)
        {
            sb.Append(ci, $"\nGeoNames {id}");
        }
        else
        {
            sb.Append("\nNot in the gazetteer");
        }

        if (p.CountryCode is not null)
        {
            sb.Append("\nCountry: ").Append(p.CountryCode);
        }

        if (p.FeatureCode is not null)
        {
            sb.Append("\nFeature: ").Append(p.FeatureCode);
        }

        if (p.Latitude is { } lat && p.Longitude is { } lon)
        {
            sb.Append('\n').Append(Coordinates(lat, lon));
        }

        return sb.ToString();
    }

    internal static string Coordinates(double lat, double lon) =>
        string.Create(CultureInfo.InvariantCulture, $"{Math.Abs(lat):0.###}°{(lat < 0 ? 'S' : 'N')} {Math.Abs(lon):0.###}°{(lon < 0 ? 'W' : 'E')}");

    internal static string QuantityValue(Quantity q)
    {
        CultureInfo ci = CultureInfo.InvariantCulture;
        string value = q.UpperValue is { } up ? string.Create(ci, $"{q.Value:G}–{up:G}") : q.Value.ToString("G", ci);
        string mod = ArticleJson.ModifierName(q.Modifier) is { } m ? m.Replace('_', ' ') + " " : "";
        return mod + value + (q.Unit is null ? "" : " " + q.Unit);
    }

    /// <summary>The SI value the quantities extractor computed (<see cref="Quantity.SiValue"/>), with the range's upper bound scaled alike.</summary>
    internal static string QuantitySi(Quantity q)
    {
        if (q.SiValue is not { } si || q.SiUnit is not { } unit)
        {
            return "";
        }

        CultureInfo ci = CultureInfo.InvariantCulture;
        string text = si.ToString("G6", ci);
        // Linear units scale the upper bound by the same factor; temperatures (an offset) show the lower bound only.
        if (q.UpperValue is { } up && q.Value != 0 && unit != "K")
        {
            text += "–" + (up * (si / q.Value)).ToString("G6", ci);
        }

        return text + " " + unit;
    }

    private static string QuantityTip(Quantity q)
    {
        var sb = new StringBuilder("Quantity: ").Append(QuantityValue(q));
        sb.Append("\nDimension: ").Append(ArticleJson.DimensionName(q.Dimension));
        if (q.Unit is not null)
        {
            sb.Append("\nUnit: ").Append(q.Unit);
        }

        if (QuantitySi(q) is { Length: > 0 } si)
        {
            sb.Append("\nSI value: ").Append(si);
        }

        if (q.Noun is not null)
        {
            sb.Append("\nCounts: ").Append(q.Noun);
        }

        return sb.ToString();
    }

    private bool Add(Finding f)
    {
        if (f.Start < 0 || f.Length <= 0 || f.Start > _textLength - f.Length)
        {
            return false;
        }

        _all.Add(f);
        _ids.Add(f.Id);
        return true;
    }
}
