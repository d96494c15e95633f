using Byline.Extractors.Quantities;
using Byline.Tests.Reliability;

namespace Byline.Tests.Extractors.Quantities;

/// <summary>
/// Text that stops right where the scanner looks ahead or behind (after a currency symbol, a range dash, an exponent,
/// a fraction slash): every look-around must stay inside the tokens and find exactly what is there.
/// </summary>
public class QuantitiesHostileInputTests
{
    private static readonly ArticleAnalyzer Analyzer = new([new QuantitiesExtractor()]);

    private static string[] Texts(string text)
    {
        IReadOnlyList<Quantity> found = Analyzer.Analyze(new Article(text)).Quantities;
        var texts = new string[found.Count];
        for (int i = 0; i < found.Count; i++)
        {
            Quantity q = found[i];
            Assert.True(q.Start >= 0 && q.Length > 0 && q.Start + q.Length <= text.Length, $"[{q.Start},{q.Length}] outside '{text}'");
            Assert.Equal(text.Substring(q.Start, q.Length), q.Text);
            texts[i] = q.Text;
        }

        return texts;
    }

    [Theory]
    [InlineData("$")]
    [InlineData("€")]
    [InlineData("US$")]
    [InlineData("C $")]
    [InlineData("USD")]
    [InlineData("Rs.")]
    [InlineData("It cost $")]
    [InlineData("It cost US$")]
    [InlineData("minus")]
    [InlineData("per cent of")]
    [InlineData("5e")]
    [InlineData("It rose to 5e")]
    [InlineData("5e-")]
    public void Text_ending_on_a_trigger_finds_nothing(string text)
    {
        Assert.Empty(Texts(text));
    }

    [Theory]
    [InlineData("5", "5")]
    [InlineData("He got 5", "5")]
    [InlineData("½", "½")]
    [InlineData("5^", "5")]
    [InlineData("5^-", "5")]
    [InlineData("3/", "3")]
    [InlineData("20-", "20")]
    [InlineData("10-", "10")]
    [InlineData("5 -", "5")]
    [InlineData("Scores 20-", "20")]
    [InlineData("3/4\u2013", "3/4")]
    [InlineData("It went from 10 to", "10")]
    [InlineData("Up 5% to", "5%")]
    [InlineData("5% to $", "5%")]
    [InlineData("5 to US$", "5")]
    [InlineData("between 5 and", "5")]
    [InlineData("The count is 10 -", "10")]
    [InlineData("2.5 million to", "2.5 million")]
    [InlineData("5 and a", "5")]
    [InlineData("1 over", "1")]
    [InlineData("twenty-", "twenty")]
    [InlineData("a half", "a half")]
    [InlineData("a quarter", "a quarter")]
    [InlineData("5 feet and", "5 feet")]
    public void Text_ending_inside_a_construction_keeps_what_came_before(string text, string expected)
    {
        Assert.Equal([expected], Texts(text));
    }

    [Theory]
    [InlineData("It fell from £5 to $", "£5")]
    [InlineData("US$ 5", "US$ 5")]
    [InlineData("$ 5", "$ 5")]
    [InlineData("It cost 5 $", "5 $")]
    public void A_currency_at_either_end_of_the_text_is_read(string text, string expected)
    {
        Assert.Equal([expected], Texts(text));
    }

    [Fact]
    public void The_random_reliability_inputs_never_trip_the_quantities_alone()
    {
        // The same generator and seed as the full-pipeline reliability test, with nothing but this extractor.
        var random = new Random(1125);
        for (int i = 0; i < 20_000; i++)
        {
            string text = HostileText.Next(random);
            var article = new Article(text, null, "r" + i);
            RandomInputTests.Check(text, Analyzer.Analyze(article), i);
        }
    }
}
