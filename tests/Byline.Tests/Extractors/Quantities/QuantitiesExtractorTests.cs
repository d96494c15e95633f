using Byline.Extractors.Dates;
using Byline.Extractors.Quantities;

namespace Byline.Tests.Extractors.Quantities;

public class QuantitiesExtractorTests
{
    private static readonly ArticleAnalyzer Analyzer = new([new QuantitiesExtractor()]);

    private static IReadOnlyList<Quantity> Find(string text) => Analyzer.Analyze(new Article(text)).Quantities;

    private static Quantity Single(string text)
    {
        IReadOnlyList<Quantity> found = Find(text);
        Assert.True(found.Count == 1, $"expected one quantity in '{text}', found {found.Count}: {string.Join(" | ", Describe(found))}");
        return found[0];
    }

    private static IEnumerable<string> Describe(IReadOnlyList<Quantity> found)
    {
        foreach (Quantity q in found)
        {
            yield return $"{q.Text}={q.Value} {q.Unit}";
        }
    }

    [Theory]
    // The last number of a list carries the unit or the noun of every number in it.
    [InlineData("Two or three people died in the fire.", "Two=2 - people|three people=3 - people")]
    [InlineData("He wants three, four or five new players.", "three=3 - new players|four=4 - new players|five new players=5 - new players")]
    [InlineData("Prices rose 5 or 6 percent last year.", "5=5 % -|6 percent=6 % -")]
    [InlineData("The camp is 10 or 12 km away.", "10=10 km -|12 km=12 km -")]
    // Not a list: a restated amount, or numbers of time (a duration, the dates extractor's).
    [InlineData("Turnout was 6,630, or 12.9%, of voters.", "6,630=6630 - -|12.9%=12.9 % -")]
    [InlineData("Recovery takes two or three weeks at most.", "")]
    public void A_list_of_numbers_shares_its_last_unit_or_noun(string text, string expected)
    {
        string actual = string.Join("|", Find(text).Select(q => $"{q.Text}={q.Value} {q.Unit ?? "-"} {q.Noun ?? "-"}"));
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("The airline may lose millions of euros this year.", "millions of euros", 1e6, "EUR")]
    [InlineData("Employers have spent billions of pounds on pensions.", "billions of pounds", 1e9, "GBP")]
    [InlineData("Drug makers lose hundreds of millions of dollars each year.", "hundreds of millions of dollars", 1e8, "USD")]
    public void Vague_amounts_of_money_carry_their_currency(string text, string expected, double value, string unit)
    {
        Quantity q = Single(text);
        Assert.Equal(expected, q.Text);
        Assert.Equal(value, q.Value, 6);
        Assert.Equal(unit, q.Unit);
        Assert.Equal(QuantityModifier.Approx, q.Modifier);
    }

    [Theory]
    // "one" as a pronoun or a rank, and "over one of" as a preposition: nothing counted.
    [InlineData("The decision was a commercial one due to reduced demand.")]
    [InlineData("World number one Lindsay Davenport has criticised the plan.")]
    [InlineData("A win over one of the major nations was imminent.")]
    public void One_as_a_pronoun_a_rank_or_after_a_preposition_is_no_quantity(string text)
    {
        Assert.Empty(Find(text));
    }

    [Theory]
    [InlineData("One site behind the success of the service was closed.", "One site", "site")]
    [InlineData("The ten former outside directors resigned.", "ten former outside directors", "former outside directors")]
    public void A_counted_noun_stops_before_a_preposition(string text, string quantity, string noun)
    {
        Quantity q = Single(text);
        Assert.Equal(quantity, q.Text);
        Assert.Equal(noun, q.Noun);
    }

    [Theory]
    [InlineData("Security was tightened after 9/11 and the 7/7 bombings.")]
    [InlineData("The help desk is open 24/7 for callers.")]
    [InlineData("Borrowing for 2003/04 fell sharply.")]
    public void Slashed_pairs_that_are_names_or_periods_are_no_quantities(string text)
    {
        Assert.Empty(Find(text));
    }

    [Theory]
    [InlineData("Officials counted 1,280 ballots.", "1,280 ballots", 1280)]
    [InlineData("The debt reached 12,34,567.89 rupees last year.", "12,34,567.89 rupees", 1234567.89)]
    [InlineData("Temperatures fell to -9.5 overnight.", "-9.5", -9.5)]
    [InlineData("He got 7.25 points.", "7.25", 7.25)]
    [InlineData("The city has 1.5 million people.", "1.5 million people", 1_500_000)]
    [InlineData("They found 1.2 trillion stars.", "1.2 trillion stars", 1.2e12)]
    [InlineData("Gross output hit 13 lakh tonnes.", "13 lakh tonnes", 1_300_000)]
    [InlineData("The plan costs 6 crore.", "6 crore", 60_000_000)]
    [InlineData("We have 100k followers.", "100k followers", 100_000)]
    [InlineData("She owns 3m shares.", "3m shares", 3_000_000)]
    [InlineData("A population of 1 414 021 100 was recorded.", "1 414 021 100", 1_414_021_100)]
    [InlineData("The constant is 1.3e6 here.", "1.3e6", 1_300_000)]
    [InlineData("It measured 3/4 of the way.", "3/4", 0.75)]
    [InlineData("The answer is ½ in the end.", "½", 0.5)]
    public void Reads_numbers_written_with_digits(string text, string expected, double value)
    {
        Quantity q = Single(text);
        Assert.Equal(expected, q.Text);
        Assert.Equal(value, q.Value, 6);
        Assert.Equal(text.IndexOf(expected, StringComparison.Ordinal), q.Start);
        Assert.Equal(expected.Length, q.Length);
    }

    [Theory]
    [InlineData("There were three ministers at the table.", "three ministers", 3)]
    [InlineData("Twenty-five students passed.", "Twenty-five students", 25)]
    [InlineData("They planted a hundred trees.", "a hundred trees", 100)]
    [InlineData("It took one and a half tanks of fuel.", "one and a half tanks", 1.5)]
    [InlineData("She bought a dozen eggs.", "a dozen eggs", 12)]
    [InlineData("He sold half a dozen cars.", "half a dozen cars", 6)]
    [InlineData("Two-thirds of voters agreed.", "Two-thirds", 2 / 3.0)]
    [InlineData("About two hundred and thirty four cyclists finished.", "About two hundred and thirty four cyclists", 234)]
    [InlineData("Exports were worth five and a half million tokens.", "five and a half million tokens", 5_500_000)]
    [InlineData("Nearly three quarters of the budget went there.", "Nearly three quarters", 0.75)]
    [InlineData("They counted two million and a half ballots.", "two million and a half ballots", 2_500_000)]
    [InlineData("He read a fifth of the books.", "a fifth", 0.2)]
    public void Reads_numbers_written_with_words(string text, string expected, double value)
    {
        Quantity q = Single(text);
        Assert.Equal(expected, q.Text);
        Assert.Equal(value, q.Value, 6);
        Assert.Null(q.Unit);
    }

    [Theory]
    [InlineData("Tens of thousands of people marched.", "Tens of thousands of people", 10_000, "people")]
    [InlineData("Hundreds of volunteers arrived.", "Hundreds of volunteers", 100, "volunteers")]
    [InlineData("Dozens of shops closed.", "Dozens of shops", 12, "shops")]
    [InlineData("Several thousand fans waited.", "Several thousand fans", 1000, "fans")]
    public void Vague_amounts_are_approximate(string text, string expected, double value, string noun)
    {
        Quantity q = Single(text);
        Assert.Equal(expected, q.Text);
        Assert.Equal(value, q.Value);
        Assert.Equal(QuantityModifier.Approx, q.Modifier);
        Assert.Equal(noun, q.Noun);
    }

    [Theory]
    [InlineData("Convoys stayed out of a 10-km zone.", "10-km", 10, "km", QuantityDimension.Length, 10_000, "m")]
    [InlineData("The road is 17 km long.", "17 km", 17, "km", QuantityDimension.Length, 17_000, "m")]
    [InlineData("A 3-inch pipe burst.", "3-inch", 3, "in", QuantityDimension.Length, 0.0762, "m")]
    [InlineData("The reef lies 200 miles offshore.", "200 miles", 200, "mi", QuantityDimension.Length, 321_868.8, "m")]
    [InlineData("The rebels hold 1,280 square km now.", "1,280 square km", 1280, "km2", QuantityDimension.Area, 1.28e9, "m2")]
    [InlineData("The park covers 40 sq mi of forest.", "40 sq mi", 40, "mi2", QuantityDimension.Area, 103_599_524.41344, "m2")]
    [InlineData("The lake is 30 km² wide.", "30 km²", 30, "km2", QuantityDimension.Area, 3e7, "m2")]
    [InlineData("The lake is 30 km2 in size.", "30 km2", 30, "km2", QuantityDimension.Area, 3e7, "m2")]
    [InlineData("Fire burned 500 hectares of land.", "500 hectares", 500, "ha", QuantityDimension.Area, 5e6, "m2")]
    [InlineData("Output fell by 500,000 barrels a day.", "500,000 barrels", 500_000, "bbl", QuantityDimension.Volume, 79_493.647464, "m3")]
    [InlineData("They poured 20 litres of water.", "20 litres", 20, "l", QuantityDimension.Volume, 0.02, "m3")]
    [InlineData("Police seized 20 kg of heroin.", "20 kg", 20, "kg", QuantityDimension.Mass, 20, "kg")]
    [InlineData("The plant made 291,890 metric tons of steel.", "291,890 metric tons", 291_890, "t", QuantityDimension.Mass, 291_890_000, "kg")]
    [InlineData("The baby weighed seven pounds at birth.", "seven pounds", 7, "lb", QuantityDimension.Mass, 3.17514659, "kg")]
    [InlineData("Winds reached 120 km/h on the coast.", "120 km/h", 120, "km/h", QuantityDimension.Speed, 33.333333, "m/s")]
    [InlineData("The car hit 90 mph on the bridge.", "90 mph", 90, "mph", QuantityDimension.Speed, 40.2336, "m/s")]
    [InlineData("It was 30 degrees Celsius at noon.", "30 degrees Celsius", 30, "degC", QuantityDimension.Temperature, 303.15, "K")]
    [InlineData("It was 86 °F at noon.", "86 °F", 86, "degF", QuantityDimension.Temperature, 303.15, "K")]
    [InlineData("The plant produces 600 MW of power.", "600 MW", 600, "MW", QuantityDimension.Power, 6e8, "W")]
    [InlineData("Homes used 3,000 kWh each.", "3,000 kWh", 3000, "kWh", QuantityDimension.Energy, 1.08e10, "J")]
    [InlineData("The leak exposed 40 GB of files.", "40 GB", 40, "GB", QuantityDimension.Data, 4e10, "B")]
    [InlineData("He won the 400m in 44 seconds.", "400m", 400, "m", QuantityDimension.Length, 400, "m")]
    [InlineData("She won the 60m hurdles for the third year.", "60m", 60, "m", QuantityDimension.Length, 60, "m")]
    [InlineData("He is one of the fastest 800m runners in the world.", "800m", 800, "m", QuantityDimension.Length, 800, "m")]
    [InlineData("Stockpiles had fallen by 1m barrels in the week.", "1m barrels", 1e6, "bbl", QuantityDimension.Volume, 158987.294928, "m3")]
    [InlineData("China's oil imports will be 110m tons this year.", "110m tons", 110e6, "t", QuantityDimension.Mass, 110e9, "kg")]
    public void Reads_units_and_normalizes_to_si(string text, string expected, double value, string unit, QuantityDimension dimension, double si, string siUnit)
    {
        Quantity q = Single(text);
        Assert.Equal(expected, q.Text);
        Assert.Equal(value, q.Value, 6);
        Assert.Equal(unit, q.Unit);
        Assert.Equal(dimension, q.Dimension);
        Assert.NotNull(q.SiValue);
        Assert.Equal(si, q.SiValue!.Value, 4);
        Assert.Equal(siUnit, q.SiUnit);
    }

    [Theory]
    [InlineData("Inflation rose to 3.2% in the quarter.", "3.2%", 3.2)]
    [InlineData("Support fell 4 percent among women.", "4 percent", 4)]
    [InlineData("Turnout rose 12 per cent nationally.", "12 per cent", 12)]
    [InlineData("The party gained 2.5 percentage points overall.", "2.5 percentage points", 2.5)]
    [InlineData("Nearly forty percent agreed.", "Nearly forty percent", 40)]
    public void Reads_percentages(string text, string expected, double value)
    {
        Quantity q = Single(text);
        Assert.Equal(expected, q.Text);
        Assert.Equal(value, q.Value, 6);
        Assert.Equal("%", q.Unit);
        Assert.Equal(QuantityDimension.Percentage, q.Dimension);
        Assert.Null(q.SiValue);
    }

    [Theory]
    [InlineData("The fund raised $4.5bn this year.", "$4.5bn", 4.5e9, "USD")]
    [InlineData("Aid reached US$ 300 million.", "US$ 300 million", 3e8, "USD")]
    [InlineData("The club paid €2 million for him.", "€2 million", 2e6, "EUR")]
    [InlineData("The painting sold for £60,000 at auction.", "£60,000", 60_000, "GBP")]
    [InlineData("Tickets cost ¥5,000 each.", "¥5,000", 5000, "JPY")]
    [InlineData("Farmers earn Rs 500 a day.", "Rs 500", 500, "INR")]
    [InlineData("The bill was USD 200 in total.", "USD 200", 200, "USD")]
    [InlineData("The deal is worth 323 million euros.", "323 million euros", 3.23e8, "EUR")]
    [InlineData("The bank was fined 5 million pounds by regulators.", "5 million pounds", 5e6, "GBP")]
    [InlineData("The loan was C$ 16 million.", "C$ 16 million", 1.6e7, "CAD")]
    [InlineData("Lunch cost thirteen dollars and forty-five cents.", "thirteen dollars and forty-five cents", 13.45, "USD")]
    [InlineData("The city will spend 100 billion yuan.", "100 billion yuan", 1e11, "CNY")]
    [InlineData("The bond pays 500 USD a year.", "500 USD", 500, "USD")]
    [InlineData("The noodles cost two kuai and five mao.", "two kuai and five mao", 2.5, "CNY")]
    [InlineData("A bus ticket was 3 yuan 2 jiao 5 fen.", "3 yuan 2 jiao 5 fen", 3.25, "CNY")]
    [InlineData("Tea costs one kuai eight mao six.", "one kuai eight mao six", 1.86, "CNY")]
    // A glued "m" before a currency word is millions of that currency (before anything else it stays metres: see units).
    [InlineData("Profits fell to 784m euros last year.", "784m euros", 784e6, "EUR")]
    [InlineData("Profits compared with 784m euro a year ago.", "784m euro", 784e6, "EUR")]
    [InlineData("The bank earned 40m rupees in March.", "40m rupees", 40e6, "INR")]
    public void Reads_money(string text, string expected, double value, string currency)
    {
        Quantity q = Single(text);
        Assert.Equal(expected, q.Text);
        Assert.Equal(value, q.Value, 4);
        Assert.Equal(currency, q.Unit);
        Assert.Equal(QuantityDimension.Currency, q.Dimension);
        Assert.Null(q.Noun);
    }

    [Theory]
    [InlineData("She said more than 35 Daesh commanders were killed.", "more than 35 Daesh commanders", QuantityModifier.MoreThan, "Daesh commanders")]
    [InlineData("Around 50 women and children left the city.", "Around 50 women and children", QuantityModifier.Approx, "women and children")]
    [InlineData("The army sent some 200 soldiers north.", "some 200 soldiers", QuantityModifier.Approx, "soldiers")]
    [InlineData("Nearly 700 seats were added.", "Nearly 700 seats", QuantityModifier.Approx, "seats")]
    [InlineData("At least 12 people died.", "At least 12 people", QuantityModifier.AtLeast, "people")]
    [InlineData("The law allows up to 200,000 reservists.", "up to 200,000 reservists", QuantityModifier.AtMost, "reservists")]
    [InlineData("Fewer than 30 delegates voted.", "Fewer than 30 delegates", QuantityModifier.LessThan, "delegates")]
    [InlineData("Over 80 firms signed.", "Over 80 firms", QuantityModifier.MoreThan, "firms")]
    [InlineData("As many as 1.7 million residents fled.", "As many as 1.7 million residents", QuantityModifier.AtMost, "residents")]
    public void Reads_modifiers_and_counted_nouns(string text, string expected, QuantityModifier modifier, string noun)
    {
        Quantity q = Single(text);
        Assert.Equal(expected, q.Text);
        Assert.Equal(modifier, q.Modifier);
        Assert.Equal(noun, q.Noun);
        Assert.Equal(QuantityDimension.Count, q.Dimension);
    }

    [Theory]
    [InlineData("Between 20 and 30 people were hurt.", "Between 20 and 30 people", 20, 30, null)]
    [InlineData("Police said 20-30 people were hurt.", "20-30 people", 20, 30, null)]
    [InlineData("Prices rose from 3 to 5 million euros.", "from 3 to 5 million euros", 3e6, 5e6, "EUR")]
    [InlineData("Walls eight to 10 feet tall stood there.", "eight to 10 feet", 8, 10, "ft")]
    [InlineData("Managers earned $35,000 to $60,000 a year.", "$35,000 to $60,000", 35_000, 60_000, "USD")]
    [InlineData("Rents rose 5% to 10% in the city.", "5% to 10%", 5, 10, "%")]
    public void Reads_ranges(string text, string expected, double low, double high, string? unit)
    {
        Quantity q = Single(text);
        Assert.Equal(expected, q.Text);
        Assert.Equal(QuantityModifier.Range, q.Modifier);
        Assert.Equal(low, q.Value, 4);
        Assert.Equal(high, q.UpperValue!.Value, 4);
        Assert.Equal(unit, q.Unit);
    }

    [Theory]
    [InlineData("A 5,000-strong force crossed the border.", "5,000-strong", 5000, "force")]
    [InlineData("A seven-member panel will investigate.", "seven-member", 7, "panel")]
    [InlineData("The 16-bit chip was cheap.", "16-bit", 16, "bit")]
    public void Hyphenated_adjectives_span_the_number_and_name_their_noun(string text, string expected, double value, string noun)
    {
        Quantity q = Single(text);
        Assert.Equal(expected, q.Text);
        Assert.Equal(value, q.Value);
        Assert.Equal(noun, q.Noun);
    }

    [Theory]
    [InlineData("The arm swung through 1.2rad before it stopped.", "1.2rad", 1.2, "rad")]
    [InlineData("Tilt the panel 30deg to the south.", "30deg", 30, "deg")]
    public void Angles_glued_to_digits_are_counts_that_name_their_unit(string text, string expected, double value, string noun)
    {
        Quantity q = Single(text);
        Assert.Equal(expected, q.Text);
        Assert.Equal(value, q.Value);
        Assert.Null(q.Unit);
        Assert.Equal(QuantityDimension.Count, q.Dimension);
        Assert.Equal(noun, q.Noun);
    }

    [Theory]
    [InlineData("Three quarters said yes.", "Three quarters", 0.75, QuantityModifier.None)]
    [InlineData("Roughly two quarters voted for the plan.", "Roughly two quarters", 0.5, QuantityModifier.Approx)]
    [InlineData("three quarters", "three quarters", 0.75, QuantityModifier.None)]
    public void Quarters_without_a_word_of_time_are_a_fraction_even_when_the_dates_extractor_reads_a_duration(string text, string expected, double value, QuantityModifier modifier)
    {
        var analyzer = new ArticleAnalyzer([new DatesExtractor(), new QuantitiesExtractor()]);
        Quantity q = Assert.Single(analyzer.Analyze(new Article(text)).Quantities);
        Assert.Equal(expected, q.Text);
        Assert.Equal(value, q.Value);
        Assert.Equal(modifier, q.Modifier);
    }

    [Theory]
    [InlineData("Sales fell for three quarters.")]
    [InlineData("Output shrank in the preceding two quarters.")]
    [InlineData("The index points to growth two quarters ahead.")]
    [InlineData("Profits rose three quarters in a row.")]
    public void Quarters_with_a_word_of_time_stay_durations(string text)
    {
        var analyzer = new ArticleAnalyzer([new DatesExtractor(), new QuantitiesExtractor()]);
        ArticleAnalysis result = analyzer.Analyze(new Article(text));
        Assert.Empty(result.Quantities);
        Assert.Single(result.Dates);
    }

    [Theory]
    [InlineData("It was the ninth day of the truce.")]
    [InlineData("The first advance came in days.")]
    [InlineData("He was born in 1990 and left in 2015.")]
    [InlineData("Protests began in the 1990s.")]
    [InlineData("The talks start on October 25 in Geneva.")]
    [InlineData("The meeting began at 8:30 in the morning.")]
    [InlineData("They meet at 6 pm on weekdays.")]
    [InlineData("The flight leaves at 10am.")]
    [InlineData("Upgrade to version 10.3.1 today.")]
    [InlineData("Liverpool won 2-1 at home.")]
    [InlineData("Khan beat Eyles 15-9 15-8 15-17 17-15.")]
    [InlineData("Call 555-0100 for details.")]
    [InlineData("The council passed Resolution 2254 unanimously.")]
    [InlineData("Fighters moved from one besieged city to another.")]
    [InlineData("No one was hurt.")]
    [InlineData("Which one do you prefer?")]
    [InlineData("Rebels hit the rebel-held half of the city.")]
    [InlineData("The 5th brigade moved in.")]
    [InlineData("He visited the Big Three yesterday.")]
    [InlineData("She has waited for the past 90 days.")]
    [InlineData("They marched for 24 hours.")]
    [InlineData("A 2-month-old operation continues.")]
    [InlineData("Smith, 45, was arrested.")]
    [InlineData("1. Introduction to the report")]
    public void Leaves_out_what_is_not_a_quantity(string text)
    {
        IReadOnlyList<Quantity> found = Find(text);
        Assert.True(found.Count == 0, $"spurious in '{text}': {string.Join(" | ", Describe(found))}");
    }

    [Fact]
    public void Skips_numbers_inside_dates_found_earlier()
    {
        const string text = "Troops left 3 bases in the past 90 days.";
        var analyzer = new ArticleAnalyzer([new FakeDates("the past 90 days"), new QuantitiesExtractor()]);
        IReadOnlyList<Quantity> found = analyzer.Analyze(new Article(text)).Quantities;
        Quantity q = Assert.Single(found);
        Assert.Equal("3 bases", q.Text);
    }

    [Fact]
    public void Finds_several_quantities_in_text_order()
    {
        const string text = "Iraq has 17 million residents, and 45,000 Marines will deploy with 27 ships.";
        IReadOnlyList<Quantity> found = Find(text);
        Assert.Equal(["17 million residents", "45,000 Marines", "27 ships"], Texts(found));
        Assert.Equal([17e6, 45_000, 27], Values(found));
    }

    [Fact]
    public void Finds_every_quantity_of_the_demo_article_and_nothing_else()
    {
        Article article = Byline.Cli.CliApp.DemoArticle();
        IReadOnlyList<Quantity> found = Analyzer.Analyze(article).Quantities;
        Assert.Equal(
        [
            "13 countries", "1.5 million people", "two pillars", "more than 35 Daesh commanders", "10-km",
            "around 50 women and children", "three areas", "1,280 square km",
        ], Texts(found));
        Assert.Equal([13, 1_500_000, 2, 35, 10, 50, 3, 1280], Values(found));
        Assert.Equal([null, null, null, null, "km", null, null, "km2"], Units(found));
        Assert.Equal(["countries", "people", "pillars", "Daesh commanders", "zone", "women and children", "areas", null], Nouns(found));
        foreach (Quantity q in found)
        {
            Assert.Equal(q.Text, article.Text.Substring(q.Start, q.Length));
        }

        Assert.Equal(10_000, found[4].SiValue);
        Assert.Equal(1.28e9, found[7].SiValue);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_text_never_throws_and_offsets_lie_inside_it(int seed)
    {
        var random = new Random(seed);
        string[] pieces = ["1", "2,5", "$", "€", "-", "–", " ", "  ", "million", "and", "a", "half", "%", "km", "/", "^", "e", "one", "two-thirds",
            "\u00BD", "\uD800", "\n", ".", ",", "to", "between", "more", "than", "square", "9,999,999", "10-km", "pounds", "(", ")", "\"", "Rs", "US"];
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < 3000; i++)
        {
            sb.Append(pieces[random.Next(pieces.Length)]);
            if (random.Next(3) == 0)
            {
                sb.Append(' ');
            }
        }

        string text = sb.ToString();
        foreach (Quantity q in Find(text))
        {
            Assert.InRange(q.Start, 0, text.Length);
            Assert.InRange(q.Start + q.Length, q.Start + 1, text.Length);
            Assert.Equal(q.Text, text.Substring(q.Start, q.Length));
        }
    }

    [Fact]
    public void Long_runs_without_spaces_are_handled()
    {
        string text = new string('9', 100_000) + " " + string.Concat(Enumerable.Repeat("1,2", 20_000));
        _ = Find(text);
    }

    [Fact]
    public void Articles_in_a_row_on_one_thread_do_not_share_findings()
    {
        // The extractor keeps its findings list for the thread's next article: nothing of one article may reach the next,
        // even after an article with many findings.
        string many = string.Join(" ", Enumerable.Range(1, 300).Select(i => $"{i} tonnes,")) + " in all.";
        Assert.Equal(300, Find(many).Count);
        Assert.Equal(new[] { "3 miles" }, Texts(Find("They walked 3 miles.")));
        Assert.Empty(Find("Nothing to count here."));
        Assert.Equal(new[] { "$4.5bn", "12%" }, Texts(Find("It paid $4.5bn, up 12%.")));
    }

    private static string[] Texts(IReadOnlyList<Quantity> found)
    {
        var list = new string[found.Count];
        for (int i = 0; i < found.Count; i++)
        {
            list[i] = found[i].Text;
        }

        return list;
    }

    private static double[] Values(IReadOnlyList<Quantity> found)
    {
        var list = new double[found.Count];
        for (int i = 0; i < found.Count; i++)
        {
            list[i] = found[i].Value;
        }

        return list;
    }

    private static string?[] Units(IReadOnlyList<Quantity> found)
    {
        var list = new string?[found.Count];
        for (int i = 0; i < found.Count; i++)
        {
            list[i] = found[i].Unit;
        }

        return list;
    }

    private static string?[] Nouns(IReadOnlyList<Quantity> found)
    {
        var list = new string?[found.Count];
        for (int i = 0; i < found.Count; i++)
        {
            list[i] = found[i].Noun;
        }

        return list;
    }

    private sealed class FakeDates(string phrase) : IArticleExtractor
    {
        public void Extract(ExtractionContext context)
        {
            int at = context.Article.Text.IndexOf(phrase, StringComparison.Ordinal);
            if (at >= 0)
            {
                context.Add(new TemporalExpression(phrase, at, phrase.Length, TemporalType.Duration, "P90D", null));
            }
        }
    }
}
