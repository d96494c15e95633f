using Byline.Extractors.Dates;
using Byline.Extractors.Places;
using Byline.Extractors.Quantities;
using Byline.Extractors.Quotes;
using Byline.Serialization;
using Byline.Text;

namespace Byline.Tests.Reliability;

/// <summary>
/// Random hostile text through the full built-in pipeline: no exception, every span inside the text and
/// non-empty, every reported text equal to the article's text at its offsets, the same output twice.
/// CI runs 20,000 inputs; set BYLINE_RANDOM_INPUTS (e.g. 1000000) for a long run.
/// </summary>
public class RandomInputTests
{
    private static readonly ArticleAnalyzer Analyzer = new ArticleAnalyzerBuilder().Build();

    public static int InputCount =>
        int.TryParse(Environment.GetEnvironmentVariable("BYLINE_RANDOM_INPUTS"), out int n) && n > 0 ? n : 20_000;

    [Fact]
    public void TokensAndSegmentsStayInsideTheText()
    {
        var random = new Random(20261125);
        for (int i = 0; i < InputCount; i++)
        {
            string text = HostileText.Next(random);
            using TextDocument doc = TextDocument.Create(text);
            int previousEnd = 0;
            foreach (Token t in doc.Tokens)
            {
                Assert.True(t.Length > 0 && t.Start >= previousEnd && t.End <= text.Length, $"token {t} in input {i}");
                previousEnd = t.End;
            }

            foreach (Sentence s in doc.Sentences)
            {
                Assert.True(s.Length > 0 && s.End <= text.Length && s.TokenCount > 0, $"sentence {s} in input {i}");
            }
        }
    }

    [Fact]
    public void FullAnalysisNeverThrowsAndReportsOnlyValidSpans()
    {
        var random = new Random(1125);
        int count = InputCount;
        for (int i = 0; i < count; i++)
        {
            string text = HostileText.Next(random);
            var article = new Article(text, i % 3 == 0 ? null : new DateTimeOffset(2016, 10, 25, 12, 0, 0, TimeSpan.Zero), "r" + i);
            ArticleAnalysis a = Analyzer.Analyze(article);
            Check(text, a, i);
            if (i % 50 == 0)
            {
                Assert.Equal(ArticleJson.ToJson(a), ArticleJson.ToJson(Analyzer.Analyze(article)));
            }
        }
    }

    internal static void Check(string text, ArticleAnalysis a, int input)
    {
        void Span(int start, int length, string what)
        {
            Assert.True(start >= 0 && length > 0 && start + length <= text.Length, $"{what} [{start},{length}] outside text of length {text.Length} (input {input})");
        }

        foreach (Quote q in a.Quotes)
        {
            Span(q.Start, q.Length, "quote");
            Assert.NotEmpty(q.Parts);
            Assert.Equal(q.Start, q.Parts[0].Start);
            Assert.Equal(q.Start + q.Length, q.Parts[^1].Start + q.Parts[^1].Length);
            foreach (QuotePart part in q.Parts)
            {
                Span(part.Start, part.Length, "quote part");
            }

            // The text is the quoted words: the span itself for a quote in one piece, its parts joined by spaces otherwise.
            Assert.Equal(string.Join(' ', q.Parts.Select(p => text.Substring(p.Start, p.Length))), q.Text);
            if (q.Speaker is { } s)
            {
                Span(s.Start, s.Length, "speaker");
                Assert.Equal(text.Substring(s.Start, s.Length), s.Text);
                Assert.False(string.IsNullOrWhiteSpace(s.Name));
            }

            if (q.Cue is { } c)
            {
                Span(c.Start, c.Length, "cue");
                Assert.Equal(text.Substring(c.Start, c.Length), c.Text);
            }
        }

        foreach (Place p in a.Places)
        {
            Assert.NotEmpty(p.Mentions);
            foreach (PlaceMention m in p.Mentions)
            {
                Span(m.Start, m.Length, "place mention");
                Assert.Equal(text.Substring(m.Start, m.Length), m.Text);
            }
        }

        foreach (TemporalExpression d in a.Dates)
        {
            Span(d.Start, d.Length, "date");
            Assert.Equal(text.Substring(d.Start, d.Length), d.Text);
            Assert.False(string.IsNullOrEmpty(d.Value));
        }

        foreach (Quantity q in a.Quantities)
        {
            Span(q.Start, q.Length, "quantity");
            Assert.Equal(text.Substring(q.Start, q.Length), q.Text);
        }
    }
}
