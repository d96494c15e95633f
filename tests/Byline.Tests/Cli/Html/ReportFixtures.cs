using System.Xml;
using System.Xml.Linq;
using Byline.Cli;
using Byline.Extractors.Dates;
using Byline.Extractors.Places;
using Byline.Extractors.Quantities;
using Byline.Extractors.Quotes;

namespace Byline.Tests.Cli.Html;

/// <summary>
/// Analyses for the HTML report tests: the sample article with the real quotes extractor plus fixed places, dates
/// and quantities (so that the tests do not depend on those extractors), and hand-built analyses.
/// </summary>
internal static class ReportFixtures
{
    /// <summary>The sample article: real quotes, fixed places, dates and quantities found by string search.</summary>
    public static ArticleAnalysis RichDemo()
    {
        Article article = CliApp.DemoArticle();
        return new ArticleAnalyzerBuilder(includeBuiltInExtractors: false)
            .AddExtractor(new FixedExtractor())
            .AddExtractor(new QuotesExtractor())
            .Build()
            .Analyze(article);
    }

    /// <summary>An analysis holding exactly the given results.</summary>
    public static ArticleAnalysis Make(string text, Place[]? places = null, TemporalExpression[]? dates = null, Quantity[]? quantities = null,
        Quote[]? quotes = null, DateTimeOffset? published = null)
    {
        var results = new Dictionary<Type, object>
        {
            [typeof(Place)] = places ?? [],
            [typeof(TemporalExpression)] = dates ?? [],
            [typeof(Quantity)] = quantities ?? [],
            [typeof(Quote)] = quotes ?? [],
        };
        return new ArticleAnalysis(new Article(text, published, "test"), results);
    }

    /// <summary>Parses the page as XML (the report is written to be well-formed); throws when it is not.</summary>
    public static XDocument Parse(string html)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(html), settings);
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
    }

    /// <summary>Publishes the sample article's places, dates and quantities, located by exact string search.</summary>
    private sealed class FixedExtractor : IArticleExtractor
    {
        public void Extract(ExtractionContext context)
        {
            string text = context.Article.Text;
            context.AddRange(new[]
            {
                Place(text, "Ar Raqqah", 172955, "SY", "PPLA", 35.95, 39.01, "Raqqa"),
                Place(text, "Mosul", 99072, "IQ", "PPLA", 36.335, 43.119, "Mosul"),
                Place(text, "Aleppo", 170063, "SY", "PPLA", 36.202, 37.159, "Aleppo"),
                Place(text, "Paris", 2988507, "FR", "PPLC", 48.853, 2.349, "Paris"),
                Place(text, "Syria", 163843, "SY", "PCLI", 35.0, 38.0, "Syria", "Syrian"),
                Place(text, "Iraq", 99237, "IQ", "PCLI", 33.0, 44.0, "Iraq"),
                Place(text, "Russia", 2017370, "RU", "PCLF", 60.0, 100.0, "Russia"),
                Place(text, "Tuways", null, "SY", null, null, null, "Tuways"),
                Place(text, "Tlatinah", null, null, null, null, null, "Tlatinah"),
            });
            context.AddRange(new[]
            {
                Date(text, "Tuesday", 0, TemporalType.Date, "2016-10-25"),
                Date(text, "last Tuesday", 0, TemporalType.Date, "2016-10-18"),
                Date(text, "Saturday", 0, TemporalType.Date, "2016-10-22"),
                Date(text, "late Monday", 0, TemporalType.Time, "2016-10-24TNI", "END"),
                Date(text, "the past 90 days", 0, TemporalType.Duration, "P90D"),
                Date(text, "the past week", 0, TemporalType.Date, "2016-W42"),
                Date(text, "the last 24 hours", 0, TemporalType.Duration, "PT24H"),
            });
            context.AddRange(new[]
            {
                Quantity(text, "13 countries", 13, null, QuantityDimension.Count, QuantityModifier.None, "countries"),
                Quantity(text, "1.5 million people", 1_500_000, null, QuantityDimension.Count, QuantityModifier.None, "people"),
                Quantity(text, "more than 35 Daesh commanders", 35, null, QuantityDimension.Count, QuantityModifier.MoreThan, "Daesh commanders"),
                Quantity(text, "10-km", 10, "km", QuantityDimension.Length, QuantityModifier.None, null),
                Quantity(text, "around 50 women and children", 50, null, QuantityDimension.Count, QuantityModifier.Approx, "women and children"),
                Quantity(text, "1,280 square km", 1280, "km2", QuantityDimension.Area, QuantityModifier.None, null),
            });
        }

        private static Place Place(string text, string name, long? id, string? cc, string? fc, double? lat, double? lon, string surface, string? demonym = null)
        {
            var mentions = new List<PlaceMention>();
            foreach (int at in All(text, surface))
            {
                mentions.Add(new PlaceMention(surface, at, surface.Length, PlaceMentionKind.Name));
            }

            if (demonym is not null)
            {
                foreach (int at in All(text, demonym))
                {
                    mentions.Add(new PlaceMention(demonym, at, demonym.Length, PlaceMentionKind.Demonym));
                }
            }

            mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
            return new Place(name, id, cc, fc, lat, lon, mentions);
        }

        private static TemporalExpression Date(string text, string surface, int nth, TemporalType type, string value, string? mod = null) =>
            new(surface, All(text, surface)[nth], surface.Length, type, value, mod);

        private static Quantity Quantity(string text, string surface, double value, string? unit, QuantityDimension dim, QuantityModifier mod, string? noun) =>
            new(surface, All(text, surface)[0], surface.Length, value, unit, dim, mod, null, noun);

        private static List<int> All(string text, string s)
        {
            var found = new List<int>();
            for (int at = text.IndexOf(s, StringComparison.Ordinal); at >= 0; at = text.IndexOf(s, at + s.Length, StringComparison.Ordinal))
            {
                bool wordStart = at == 0 || !char.IsLetter(text[at - 1]);
                bool wordEnd = at + s.Length == text.Length || !char.IsLetter(text[at + s.Length]);
                if (wordStart && wordEnd)
                {
                    found.Add(at);
                }
            }

            return found;
        }
    }
}
