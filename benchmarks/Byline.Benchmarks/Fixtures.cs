using System.Text;

namespace Byline.Benchmarks;

/// <summary>
/// Benchmark inputs by name: <see cref="Sample"/> is the bundled sample article; <see cref="Corpus"/> is the
/// BBC news corpus at ../shared/corpus/bbc when present (never committed), else the sample repeated to 5 MB;
/// <see cref="CorpusSubset"/> is every 50th article of <see cref="Corpus"/>, for libraries too slow for all of it.
/// </summary>
public static class Fixtures
{
    public const string Sample = "sample";
    public const string Corpus = "corpus";
    public const string CorpusSubset = "corpus-1in50";

    /// <summary>Every how many corpus articles <see cref="CorpusSubset"/> takes one (the 1st, 51st, ...: all five BBC sections).</summary>
    public const int SubsetStride = 50;

    private static readonly Lazy<string> SampleText = new(() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "001-reuters-raqqa-mosul.txt")));

    private static readonly Lazy<string[]> CorpusArticles = new(LoadCorpus);
    private static readonly Lazy<string> CorpusText = new(() => string.Join("\n\n", CorpusArticles.Value));
    private static readonly Lazy<string[]> SubsetArticles = new(() => CorpusArticles.Value.Where((_, i) => i % SubsetStride == 0).ToArray());
    private static readonly Lazy<string> SubsetText = new(() => string.Join("\n\n", SubsetArticles.Value));

    /// <summary>The input text for a fixture name.</summary>
    public static string Text(string name) => name switch
    {
        Sample => SampleText.Value,
        Corpus => CorpusText.Value,
        CorpusSubset => SubsetText.Value,
        _ => throw new ArgumentException($"unknown fixture '{name}'", nameof(name)),
    };

    /// <summary>The corpus as separate articles.</summary>
    public static IReadOnlyList<string> Articles(string name) => name switch
    {
        Corpus => CorpusArticles.Value,
        CorpusSubset => SubsetArticles.Value,
        _ => [SampleText.Value],
    };

    public static double Utf8Size(string name) => Encoding.UTF8.GetByteCount(Text(name));

    /// <summary>Where the corpus came from, for the results table.</summary>
    public static string CorpusSource { get; private set; } = "";

    private static string[] LoadCorpus()
    {
        string? dir = FindUp(Path.Combine("shared", "corpus", "bbc"));
        if (dir is not null)
        {
            string[] files = Directory.GetFiles(dir, "*.txt", SearchOption.AllDirectories)
                .Where(f => !Path.GetFileName(f).Equals("README.TXT", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToArray();
            CorpusSource = $"BBC corpus, {files.Length} articles";
            return files.Select(f => File.ReadAllText(f, Encoding.UTF8)).ToArray();
        }

        string sample = SampleText.Value;
        int copies = (5_000_000 / Encoding.UTF8.GetByteCount(sample)) + 1;
        CorpusSource = $"bundled sample repeated {copies} times";
        return Enumerable.Repeat(sample, copies).ToArray();
    }

    private static string? FindUp(string relative)
    {
        for (DirectoryInfo? d = new(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            string candidate = Path.Combine(d.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
