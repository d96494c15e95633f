using System.Globalization;
using System.Text;
using Byline.Extractors.Dates;
using Byline.Extractors.Places;
using Byline.Extractors.Quantities;
using Byline.Extractors.Quotes;
using Byline.Serialization;

namespace Byline.Cli;

/// <summary>A readable plain-text summary of an analysis, for <c>byline demo</c> and <c>--format text</c>.</summary>
internal static class TextReport
{
    public static string Render(ArticleAnalysis analysis, string source)
    {
        var sb = new StringBuilder();
        CultureInfo ci = CultureInfo.InvariantCulture;
        sb.Append(ci, $"{source}\n");
        if (analysis.Article.PublishedAt is { } p)
        {
            sb.Append(ci, $"Published {p:yyyy-MM-dd}\n");
        }

        sb.Append(ci, $"\nWho said what ({analysis.Quotes.Count})\n");
        foreach (Quote q in analysis.Quotes)
        {
            string who = q.Speaker is { } s ? (s.Role is null ? s.Name : $"{s.Name} ({s.Role})") : "(unknown speaker)";
            sb.Append(ci, $"  {who}, {q.Kind.ToString().ToLowerInvariant()}: \"{Shorten(q.Text, 110)}\"\n");
        }

        sb.Append(ci, $"\nWhere ({analysis.Places.Count})\n");
        foreach (Place pl in analysis.Places)
        {
            string where = pl.GeonameId is { } gid
                ? string.Create(ci, $"GeoNames {gid}, {pl.CountryCode}, {pl.Latitude:0.###},{pl.Longitude:0.###}")
                : "not in gazetteer" + (pl.CountryCode is null ? "" : ", " + pl.CountryCode);
            sb.Append(ci, $"  {pl.Name} [{where}] x{pl.Mentions.Count}\n");
        }

        sb.Append(ci, $"\nWhen ({analysis.Dates.Count})\n");
        foreach (TemporalExpression d in analysis.Dates)
        {
            sb.Append(ci, $"  {d.Text} -> {d.Type.ToString().ToUpperInvariant()} {d.Value}{(d.Mod is null ? "" : " " + d.Mod)}\n");
        }

        sb.Append(ci, $"\nHow much ({analysis.Quantities.Count})\n");
        foreach (Quantity q in analysis.Quantities)
        {
            string value = q.UpperValue is { } up ? string.Create(ci, $"{q.Value:G}-{up:G}") : q.Value.ToString("G", ci);
            string mod = ArticleJson.ModifierName(q.Modifier) is { } m ? m + " " : "";
            sb.Append(ci, $"  {q.Text} -> {mod}{value}{(q.Unit is null ? "" : " " + q.Unit)} [{ArticleJson.DimensionName(q.Dimension)}]{(q.Noun is null ? "" : " of " + q.Noun)}\n");
        }

        return sb.ToString();
    }

    private static string Shorten(string s, int max)
    {
        s = s.ReplaceLineEndings(" ");
        return s.Length <= max ? s : string.Concat(s.AsSpan(0, max - 1), "…");
    }
}
