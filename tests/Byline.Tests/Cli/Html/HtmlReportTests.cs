using System.Text;
using System.Xml.Linq;
using Byline.Cli;
using Byline.Cli.Html;
using Byline.Extractors.Dates;
using Byline.Extractors.Places;
using Byline.Extractors.Quantities;
using Byline.Extractors.Quotes;
using Byline.Tests.Reliability;

namespace Byline.Tests.Cli.Html;

public class HtmlReportTests
{
    private static readonly Lazy<ArticleAnalysis> Rich = new(ReportFixtures.RichDemo);

    private static IEnumerable<XElement> Elements(XDocument doc) => doc.Descendants();

    private static string Attr(XElement e, string name) => (string?)e.Attribute(name) ?? "";

    /// <summary>Checks that each finding has one element with its id whose text (plus any continuation after a crossing) is the text at its offsets.</summary>
    private static void AssertEveryFindingHighlightedOnce(ArticleAnalysis analysis, string html)
    {
        XDocument doc = ReportFixtures.Parse(html);
        string text = analysis.Article.Text;
        var byId = Elements(doc).Where(e => e.Attribute("id") is not null).GroupBy(e => Attr(e, "id")).ToDictionary(g => g.Key, g => g.ToList());
        var continuations = Elements(doc).Where(e => e.Attribute("data-cont") is not null).ToLookup(e => Attr(e, "data-cont"));
        IReadOnlyList<Finding> findings = Findings.Collect(analysis).All;
        foreach (Finding f in findings)
        {
            Assert.True(byId.TryGetValue(f.Id, out List<XElement>? elements), $"no element for {f.Id}");
            XElement mark = Assert.Single(elements!);
            Assert.Equal("mark", mark.Name.LocalName);
            string shown = mark.Value + string.Concat(continuations[f.Id].Select(c => c.Value));
            Assert.Equal(XmlSafe(text.Substring(f.Start, f.Length)), shown);
        }

        int marksWithId = Elements(doc).Count(e => e.Name.LocalName == "mark" && e.Attribute("id") is not null);
        Assert.Equal(findings.Count, marksWithId);

        // The article container's text is the article, character for character.
        XElement article = Elements(doc).Single(e => Attr(e, "id") == "text");
        Assert.Equal(XmlSafe(text), article.Value);
    }

    [Fact]
    public void DemoPageIsWellFormedAndHighlightsEveryFindingOnce()
    {
        ArticleAnalysis analysis = Rich.Value;
        string html = HtmlReport.Render(analysis, CliApp.DemoSource);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", html, StringComparison.Ordinal);
        AssertEveryFindingHighlightedOnce(analysis, html);
    }

    [Fact]
    public void EveryResultOfTheDemoHasItsHighlight()
    {
        ArticleAnalysis analysis = Rich.Value;
        Findings findings = Findings.Collect(analysis);
        var ids = findings.All.Select(f => f.Id).ToHashSet();
        for (int i = 0; i < analysis.Quotes.Count; i++)
        {
            Assert.Contains($"q{i}", ids);
            if (analysis.Quotes[i].Speaker is not null)
            {
                Assert.NotNull(findings.SpeakerId(analysis.Quotes[i]));
            }
        }

        for (int i = 0; i < analysis.Places.Count; i++)
        {
            for (int m = 0; m < analysis.Places[i].Mentions.Count; m++)
            {
                Assert.Contains($"p{i}-{m}", ids);
            }
        }

        Assert.Equal(7, analysis.Dates.Count);
        Assert.Equal(6, analysis.Quantities.Count);
        for (int i = 0; i < 7; i++)
        {
            Assert.Contains($"d{i}", ids);
        }

        for (int i = 0; i < 6; i++)
        {
            Assert.Contains($"n{i}", ids);
        }
    }

    [Fact]
    public void PageReferencesNoExternalResource()
    {
        string html = HtmlReport.Render(Rich.Value, CliApp.DemoSource);
        Assert.DoesNotContain("http://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        XDocument doc = ReportFixtures.Parse(html);
        foreach (XElement a in Elements(doc).Where(e => e.Attribute("href") is not null))
        {
            Assert.StartsWith("#", Attr(a, "href"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ArticleMarkupIsShownAsText()
    {
        const string text = "He said <script>alert('x & y')</script> was \"fine\" in Paris.";
        int paris = text.IndexOf("Paris", StringComparison.Ordinal);
        var place = new Place("Paris", 2988507, "FR", "PPLC", 48.853, 2.349, [new PlaceMention("Paris", paris, 5, PlaceMentionKind.Name)]);
        ArticleAnalysis analysis = ReportFixtures.Make(text, places: [place]);
        string html = HtmlReport.Render(analysis, "<b>source</b>");
        Assert.Contains("He said &lt;script&gt;alert('x &amp; y')&lt;/script&gt; was \"fine\" in <mark id=\"p0-0\"", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;source&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(html, "<script"));
        Assert.Equal(0, CountOf(html, "<b>"));
        AssertEveryFindingHighlightedOnce(analysis, html);
    }

    [Theory]
    [InlineData("nested", 0, 6, 2, 2,
        "<mark id=\"p0-0\" class=\"f pl\">ab<mark id=\"d0\" class=\"f dt\">cd</mark>ef</mark>")]
    [InlineData("same start, longer outside", 0, 2, 0, 6,
        "<mark id=\"d0\" class=\"f dt\"><mark id=\"p0-0\" class=\"f pl\">ab</mark>cdef</mark>")]
    [InlineData("same span: place outside date", 1, 3, 1, 3,
        "a<mark id=\"p0-0\" class=\"f pl\"><mark id=\"d0\" class=\"f dt\">bcd</mark></mark>ef")]
    [InlineData("crossing: the later one continues after", 0, 4, 2, 4,
        "<mark id=\"p0-0\" class=\"f pl\">ab<mark id=\"d0\" class=\"f dt\">cd</mark></mark><mark class=\"f dt cont\" data-cont=\"d0\">ef</mark>")]
    [InlineData("adjacent", 0, 3, 3, 3,
        "<mark id=\"p0-0\" class=\"f pl\">abc</mark><mark id=\"d0\" class=\"f dt\">def</mark>")]
    public void OverlappingFindingsNestOrSplitWhereTheyCross(string why, int placeStart, int placeLength, int dateStart, int dateLength, string expected)
    {
        const string text = "abcdef";
        var place = new Place("X", null, null, null, null, null, [new PlaceMention(text.Substring(placeStart, placeLength), placeStart, placeLength, PlaceMentionKind.Name)]);
        var date = new TemporalExpression(text.Substring(dateStart, dateLength), dateStart, dateLength, TemporalType.Date, "2016", null);
        ArticleAnalysis analysis = ReportFixtures.Make(text, places: [place], dates: [date]);
        var sb = new StringBuilder();
        HtmlReport.WriteHighlightedText(sb, text, Findings.Collect(analysis).All);
        string markup = System.Text.RegularExpressions.Regex.Replace(sb.ToString(), " tabindex=\"0\" data-tip=\"[^\"]*\"", "");
        Assert.True(expected == markup, why + ": " + markup);
        AssertEveryFindingHighlightedOnce(analysis, HtmlReport.Render(analysis, "test"));
    }

    [Fact]
    public void ThreeCrossingFindingsStillGiveOneHighlightEach()
    {
        const string text = "The 35 Daesh commanders left Raqqa on Tuesday night.";
        var quantity = new Quantity("35 Daesh commanders left Raqqa", 4, 30, 35, null, QuantityDimension.Count, QuantityModifier.None, null, "Daesh commanders");
        var place = new Place("Ar Raqqah", 172955, "SY", "PPLA", 35.95, 39.01, [new PlaceMention("Raqqa on Tuesday", 29, 16, PlaceMentionKind.Name)]);
        var date = new TemporalExpression("Tuesday night", 38, 13, TemporalType.Time, "2016-10-25TNI", null);
        var quote = new Quote(QuoteKind.Indirect, "commanders left Raqqa on", 13, 24, null, null);
        ArticleAnalysis analysis = ReportFixtures.Make(text, places: [place], dates: [date], quantities: [quantity], quotes: [quote]);
        AssertEveryFindingHighlightedOnce(analysis, HtmlReport.Render(analysis, "test"));
    }

    [Fact]
    public void TooltipsCarryTheDetailsOfEachKind()
    {
        const string text = "Carter said 1,280 square km near Raqqa were retaken last Tuesday.";
        var speaker = new Speaker("Ash Carter", "Carter", 0, 6, "Defense Secretary");
        var quote = new Quote(QuoteKind.Indirect, "1,280 square km near Raqqa were retaken last Tuesday", 12, 52, speaker, new Cue("said", 7, 4));
        var quantity = new Quantity("1,280 square km", 12, 15, 1280, "km2", QuantityDimension.Area, QuantityModifier.None, null, null, 1.28e9, "m2");
        var place = new Place("Ar Raqqah", 172955, "SY", "PPLA", 35.95, 39.01, [new PlaceMention("Raqqa", 33, 5, PlaceMentionKind.Name)]);
        var date = new TemporalExpression("last Tuesday", 52, 12, TemporalType.Date, "2016-10-18", null);
        ArticleAnalysis analysis = ReportFixtures.Make(text, [place], [date], [quantity], [quote], new DateTimeOffset(2016, 10, 25, 0, 0, 0, TimeSpan.Zero));
        XDocument doc = ReportFixtures.Parse(HtmlReport.Render(analysis, "test"));
        string Tip(string id) => Attr(Elements(doc).Single(e => Attr(e, "id") == id), "data-tip");

        Assert.Equal("Reported speech\nSpeaker: Ash Carter (Defense Secretary)\nCue: said", Tip("q0"));
        Assert.Equal("Speaker: Ash Carter\nRole: Defense Secretary\nAs written: Carter", Tip("s0"));
        Assert.Equal("Speech cue: said\nSpeaker: Ash Carter", Tip("c0"));
        Assert.Equal("Place: Ar Raqqah\nGeoNames 172955\nCountry: SY\nFeature: PPLA\n35.95°N 39.01°E", Tip("p0-0"));
        Assert.Equal("Date: TIMEX3 DATE\nValue: 2016-10-18", Tip("d0"));
        Assert.Equal("Quantity: 1280 km2\nDimension: area\nUnit: km2\nSI value: 1.28E+09 m2", Tip("n0"));
        AssertEveryFindingHighlightedOnce(analysis, HtmlReport.Render(analysis, "test"));
    }

    [Fact]
    public void WhoSaidWhatListsSpeakersInOrderOfFirstAppearanceThenQuotesWithoutSpeaker()
    {
        ArticleAnalysis analysis = Rich.Value;
        XDocument doc = ReportFixtures.Parse(HtmlReport.Render(analysis, "test"));
        XElement who = Elements(doc).Single(e => Attr(e, "id") == "who");
        List<XElement> rows = who.Descendants("ul").First().Elements("li").ToList();
        var expectedOrder = new List<string>();
        foreach (Quote q in analysis.Quotes)
        {
            if (q.Speaker is { } s && !expectedOrder.Contains(s.Name))
            {
                expectedOrder.Add(s.Name);
            }
        }

        bool anyUnattributed = analysis.Quotes.Any(q => q.Speaker is null);
        if (anyUnattributed)
        {
            expectedOrder.Add("No speaker found");
        }

        Assert.Equal(expectedOrder, rows.Select(r => r.Elements("span").First(s => Attr(s, "class") == "name").Value));
        var linked = rows.SelectMany(r => r.Descendants("a")).Select(a => Attr(a, "href")).ToList();
        Assert.Equal(analysis.Quotes.Count, linked.Count);
        Assert.Equal(Enumerable.Range(0, analysis.Quotes.Count).Select(i => $"#q{i}").Order(), linked.Order());
        Assert.Contains(rows, r => r.Value.StartsWith("Ash CarterDefense Secretary", StringComparison.Ordinal) || r.Value.StartsWith("Ash Carter Defense Secretary", StringComparison.Ordinal));
    }

    [Fact]
    public void QuotesWithoutSpeakerAreListed()
    {
        const string text = "“We will stay,” a voice said. Later, Hollande said it was over.";
        var q0 = new Quote(QuoteKind.Direct, "We will stay,", 1, 13, null, new Cue("said", 24, 4));
        var q1 = new Quote(QuoteKind.Indirect, "it was over", 51, 11, new Speaker("Francois Hollande", "Hollande", 37, 8, null), new Cue("said", 46, 4));
        ArticleAnalysis analysis = ReportFixtures.Make(text, quotes: [q0, q1]);
        XDocument doc = ReportFixtures.Parse(HtmlReport.Render(analysis, "test"));
        XElement who = Elements(doc).Single(e => Attr(e, "id") == "who");
        List<XElement> rows = who.Descendants("ul").First().Elements("li").ToList();
        Assert.Equal(["Francois Hollande", "No speaker found"], rows.Select(r => r.Elements("span").First().Value));
        Assert.Equal("#q0", Attr(rows[1].Descendants("a").Single(), "href"));
        Assert.Equal("“We will stay,”", rows[1].Descendants("a").Single().Value);
    }

    [Fact]
    public void MapHasOneMarkerPerResolvedPlaceSizedByMentionsInsideItsView()
    {
        ArticleAnalysis analysis = Rich.Value;
        XDocument doc = ReportFixtures.Parse(HtmlReport.Render(analysis, "test"));
        XElement svg = Elements(doc).Single(e => e.Name.LocalName == "svg");
        double[] box = Attr(svg, "viewBox").Split(' ').Select(s => double.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var markers = svg.Descendants("circle").ToList();
        var resolved = analysis.Places.Where(p => p.Latitude is not null).ToList();
        Assert.Equal(7, resolved.Count);
        Assert.Equal(resolved.Count, markers.Count);
        double Num(XElement e, string a) => double.Parse(Attr(e, a), System.Globalization.CultureInfo.InvariantCulture);
        foreach (XElement m in markers)
        {
            double x = Num(m, "cx"), y = Num(m, "cy");
            Assert.InRange(x, box[0], box[0] + box[2]);
            Assert.InRange(y, box[1], box[1] + box[3]);
        }

        // Russia's centroid (60N 100E) and Paris (2E) are both in view, so the view spans about 100 degrees.
        XElement Marker(string name) => markers.Single(m => m.Element("title")!.Value.StartsWith(name + ":", StringComparison.Ordinal));
        int raqqa = analysis.Places.Single(p => p.Name == "Ar Raqqah").Mentions.Count, paris = analysis.Places.Single(p => p.Name == "Paris").Mentions.Count;
        Assert.True(raqqa > paris);
        Assert.True(Num(Marker("Ar Raqqah"), "r") > Num(Marker("Paris"), "r"));
        Assert.Equal($"Paris: {paris} mention" + (paris == 1 ? "" : "s"), Marker("Paris").Element("title")!.Value);

        XElement where = Elements(doc).Single(e => Attr(e, "id") == "where");
        string notOnMap = where.Descendants("ul").Last().Value;
        Assert.Contains("Tuways", notOnMap, StringComparison.Ordinal);
        Assert.Contains("Tlatinah", notOnMap, StringComparison.Ordinal);
        Assert.Contains(svg.Descendants("path"), p => Attr(p, "class") == "land hl");
    }

    [Theory]
    [InlineData(new[] { 36.2, 37.2 }, "267.9 -387 64.6 50")] // one place: 8 by 5 degrees around it, longitudes times cos 36.2°
    [InlineData(new[] { 48.853, 2.349, 35.95, 39.01 }, "-50.3 -520.8 406.1 193.5")] // Paris and Raqqa: their box plus a quarter on each side
    [InlineData(new[] { 0.0, 0.0, 0.0, 100.0 }, "-250 -340.9 1500 681.8")] // a flat box is heightened to 2.2:1
    public void MapZoomsToThePlacesWithAMargin(double[] latLons, string expectedViewBox)
    {
        var places = new List<Place>();
        for (int i = 0; i < latLons.Length; i += 2)
        {
            places.Add(new Place("X", 1, "SY", "PPLA", latLons[i], latLons[i + 1], [new PlaceMention("X", 0, 1, PlaceMentionKind.Name)]));
        }

        MapView v = MapView.Fit(places, Enumerable.Range(0, places.Count).ToArray());
        string box = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Math.Round(v.X, 1)} {Math.Round(v.Y, 1)} {Math.Round(v.Width, 1)} {Math.Round(v.Height, 1)}");
        Assert.Equal(expectedViewBox, box);
    }

    [Fact]
    public void TimelinePlacesResolvedDatesRelativeToPublication()
    {
        ArticleAnalysis analysis = Rich.Value;
        XDocument doc = ReportFixtures.Parse(HtmlReport.Render(analysis, "test"));
        XElement when = Elements(doc).Single(e => Attr(e, "id") == "when");
        List<string> placed = when.Descendants("ol").Single().Elements("li").Select(li => li.Value).ToList();
        Assert.Equal(
        [
            "the past week DATE 2016-W42 2 days before",
            "last Tuesday DATE 2016-10-18 7 days before",
            "Saturday DATE 2016-10-22 3 days before",
            "late Monday TIME 2016-10-24TNI END 1 day before",
            "Tuesday DATE 2016-10-25 publication day",
        ], placed);
        List<string> other = when.Descendants("ul").Single().Elements("li").Select(li => li.Value).ToList();
        Assert.Equal(["the past 90 days DURATION P90D", "the last 24 hours DURATION PT24H"], other);
        Assert.Equal(5, when.Descendants("a").Count(a => Attr(a, "class").StartsWith("tick", StringComparison.Ordinal)));
    }

    [Fact]
    public void HostileTextGivesAWellFormedPageWithExactHighlights()
    {
        IArticleAnalyzer analyzer = new ArticleAnalyzerBuilder().Build();
        var random = new Random(20161025);
        for (int i = 0; i < 200; i++)
        {
            string text = HostileText.Next(random);
            ArticleAnalysis analysis = analyzer.Analyze(new Article(text, new DateTimeOffset(2016, 10, 25, 0, 0, 0, TimeSpan.Zero)));
            string html = HtmlReport.Render(analysis, "hostile " + i);
            AssertEveryFindingHighlightedOnce(analysis, html);
        }
    }

    [Fact]
    public void EmptyAnalysisStillGivesACompletePage()
    {
        ArticleAnalysis analysis = ReportFixtures.Make("");
        XDocument doc = ReportFixtures.Parse(HtmlReport.Render(analysis, "empty"));
        Assert.Equal(["text", "who", "where", "when", "howmuch"],
            Elements(doc).Where(e => e.Name.LocalName is "div" or "section" && e.Attribute("id") is not null && Attr(e, "id") != "tip-live")
                .Select(e => Attr(e, "id")).Where(id => !id.EndsWith("-h", StringComparison.Ordinal)));
        Assert.Contains("No place with coordinates", doc.Root!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void CliWritesTheHtmlPage()
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes("Carter said the war in Syria was over."));
        using var output = new MemoryStream();
        int code = new CliApp(input, output, new StringWriter()).Run(["analyze", "--format", "html", "--published", "2016-10-25"]);
        Assert.Equal(CliApp.ExitOk, code);
        string html = Encoding.UTF8.GetString(output.ToArray());
        ReportFixtures.Parse(html);
        Assert.Contains("<p class=\"meta\">standard input · published <time datetime=\"2016-10-25\">25 October 2016</time></p>", html, StringComparison.Ordinal);

        using var demoOut = new MemoryStream();
        Assert.Equal(CliApp.ExitOk, new CliApp(new MemoryStream(), demoOut, new StringWriter()).Run(["demo", "--html"]));
        ReportFixtures.Parse(Encoding.UTF8.GetString(demoOut.ToArray()));
    }

    /// <summary>Writes the sample page with fixed places, dates and quantities to $BYLINE_HTML_OUT, to look at it in a browser.</summary>
    [Fact]
    public void RichDemoPageCanBeWrittenForInspection()
    {
        string html = HtmlReport.Render(Rich.Value, CliApp.DemoSource + ", with fixed places, dates and quantities");
        if (Environment.GetEnvironmentVariable("BYLINE_HTML_OUT") is { Length: > 0 } path)
        {
            File.WriteAllText(path, html);
        }

        Assert.NotEmpty(html);
    }

    /// <summary>The text as the page shows it: characters XML forbids become U+FFFD, one for one.</summary>
    private static string XmlSafe(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c) || (c < ' ' && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF')
            {
                sb.Append('\uFFFD');
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static int CountOf(string s, string what)
    {
        int n = 0;
        for (int at = s.IndexOf(what, StringComparison.Ordinal); at >= 0; at = s.IndexOf(what, at + 1, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }
}
