using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.NumberWithUnit;

namespace Byline.Benchmarks.Analysis;

/// <summary>
/// Byline's dates and quantities extractors against Microsoft.Recognizers.Text 1.8.13 (English), article by
/// article, on the sample and on <see cref="Fixtures.CorpusSubset"/> (every 50th BBC article: 45 articles,
/// about 2% of the corpus). Two categories, each with Recognizers as its baseline row:
/// <list type="bullet">
/// <item><c>dates</c>: an analyzer with only Byline's dates extractor (tokenization included) against
/// Recognizers' DateTimeModel with the publication date as reference time, which is what
/// <c>DateTimeRecognizer.RecognizeDateTime(text, Culture.English, DateTimeOptions.None, refTime)</c> runs.</item>
/// <item><c>quantities</c>: Byline's quantities extractor alone against Recognizers' number, dimension,
/// currency, temperature and percentage models run one after the other on each article (Recognizers has
/// no single model for all of them).</item>
/// </list>
/// Recognizers' models are built once in the global setup, as a long-running service would hold them: their
/// construction (seconds of regex building) is not measured, and neither is the per-call model-cache lookup of
/// the static <c>Recognize*</c> helpers. Recognizers takes about a tenth of a second per article for dates (more
/// under load), which is why the corpus rows use the 1-in-50 subset rather than the whole corpus (a pass over all
/// of it would take minutes): with <c>--job short</c> the whole class finishes in about four minutes (one
/// Recognizers invocation per iteration on the subset, which BenchmarkDotNet chooses by itself for operations
/// longer than its iteration time). Each method returns the number of
/// entities found; <c>-- --recognizers-counts</c> prints those counts (see <see cref="PrintCounts"/>).
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RecognizersComparisonBenchmarks
{
    private static readonly DateTimeOffset Published = new(2016, 10, 25, 0, 0, 0, TimeSpan.Zero);

    private Article[] _articles = [];
    private ArticleAnalyzer _dates = null!;
    private ArticleAnalyzer _quantities = null!;
    private DateTimeModel _dateTimeModel = null!;
    private IModel[] _quantityModels = [];

    [Params(Fixtures.Sample, Fixtures.CorpusSubset)]
    public string Input { get; set; } = Fixtures.Sample;

    [GlobalSetup]
    public void Setup()
    {
        _articles = Fixtures.Articles(Input).Select(t => new Article(t, Published)).ToArray();
        _dates = OnlyExtractor("DatesExtractor");
        _quantities = OnlyExtractor("QuantitiesExtractor");
        _dateTimeModel = new DateTimeRecognizer(Culture.English).GetDateTimeModel();
        var numbers = new NumberRecognizer(Culture.English);
        var units = new NumberWithUnitRecognizer(Culture.English);
        _quantityModels =
        [
            numbers.GetNumberModel(),
            units.GetDimensionModel(),
            units.GetCurrencyModel(),
            units.GetTemperatureModel(),
            numbers.GetPercentageModel(),
        ];
    }

    /// <summary>An analyzer with only the built-in extractor of that type name, as in <see cref="ExtractorBenchmarks"/>.</summary>
    private static ArticleAnalyzer OnlyExtractor(string typeName)
    {
        foreach (IArticleExtractor e in new ArticleAnalyzerBuilder().Build().Extractors)
        {
            if (e.GetType().Name == typeName)
            {
                return new ArticleAnalyzerBuilder(includeBuiltInExtractors: false).AddExtractor(e).Build();
            }
        }

        throw new InvalidOperationException($"{typeName} is not registered in this build");
    }

    [Benchmark(Baseline = true, Description = "Recognizers DateTimeModel")]
    [BenchmarkCategory("dates")]
    public int RecognizersDates()
    {
        DateTime refTime = Published.DateTime;
        int found = 0;
        foreach (Article a in _articles)
        {
            found += _dateTimeModel.Parse(a.Text, refTime).Count;
        }

        return found;
    }

    [Benchmark(Description = "Byline dates")]
    [BenchmarkCategory("dates")]
    public int BylineDates()
    {
        int found = 0;
        foreach (Article a in _articles)
        {
            found += _dates.Analyze(a).Dates.Count;
        }

        return found;
    }

    [Benchmark(Baseline = true, Description = "Recognizers number+dimension+currency+temperature+percentage")]
    [BenchmarkCategory("quantities")]
    public int RecognizersQuantities()
    {
        int found = 0;
        foreach (Article a in _articles)
        {
            foreach (IModel model in _quantityModels)
            {
                found += model.Parse(a.Text).Count;
            }
        }

        return found;
    }

    [Benchmark(Description = "Byline quantities")]
    [BenchmarkCategory("quantities")]
    public int BylineQuantities()
    {
        int found = 0;
        foreach (Article a in _articles)
        {
            found += _quantities.Analyze(a).Quantities.Count;
        }

        return found;
    }

    /// <summary>
    /// Prints what each side finds on the sample and on the corpus subset, with the sample's finds listed, as a
    /// sanity check that both sides really work on the text (not a test: the two count different things).
    /// </summary>
    public static void PrintCounts()
    {
        var b = new RecognizersComparisonBenchmarks();
        foreach (string input in new[] { Fixtures.Sample, Fixtures.CorpusSubset })
        {
            b.Input = input;
            b.Setup();
            Console.WriteLine($"{input} ({b._articles.Length} articles): Byline dates {b.BylineDates()}, Recognizers dates {b.RecognizersDates()}; "
                + $"Byline quantities {b.BylineQuantities()}, Recognizers quantities {b.RecognizersQuantities()}");
            if (input != Fixtures.Sample)
            {
                continue;
            }

            Article sample = b._articles[0];
            ArticleAnalysis dates = b._dates.Analyze(sample);
            ArticleAnalysis quantities = b._quantities.Analyze(sample);
            Console.WriteLine("  Byline dates:          " + string.Join(" | ", dates.Dates.Select(d => d.Text)));
            Console.WriteLine("  Recognizers dates:     " + string.Join(" | ", b._dateTimeModel.Parse(sample.Text, Published.DateTime).Select(r => $"{r.Text} ({r.TypeName})")));
            Console.WriteLine("  Byline quantities:     " + string.Join(" | ", quantities.Quantities.Select(q => q.Text)));
            Console.WriteLine("  Recognizers quantities: " + string.Join(" | ", b._quantityModels.SelectMany(m => m.Parse(sample.Text)).Select(r => $"{r.Text} ({r.TypeName})")));
        }
    }
}
