using System.Diagnostics;
using BenchmarkDotNet.Running;

namespace Byline.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/Byline.Benchmarks -- --filter '*'</c>.
/// <c>-- --resident</c> instead prints the memory the loaded data keeps resident; <c>-- --recognizers-counts</c>
/// what Byline and Microsoft.Recognizers.Text find on the inputs of <see cref="Analysis.RecognizersComparisonBenchmarks"/>.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["--resident"])
        {
            Resident();
            return;
        }

        if (args is ["--recognizers-counts"])
        {
            Analysis.RecognizersComparisonBenchmarks.PrintCounts();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, new BenchConfig());
    }

    /// <summary>Managed heap and working set before and after the first analysis (which loads the gazetteer and lexicons).</summary>
    private static void Resident()
    {
        var article = new Article(Fixtures.Text(Fixtures.Sample), new DateTimeOffset(2016, 10, 25, 0, 0, 0, TimeSpan.Zero));
        ArticleAnalyzer none = new ArticleAnalyzerBuilder(includeBuiltInExtractors: false).Build();
        none.Analyze(article);
        long heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        long setBefore = Process.GetCurrentProcess().WorkingSet64;
        var clock = Stopwatch.StartNew();
        ArticleAnalysis a = new ArticleAnalyzerBuilder().Build().Analyze(article);
        double firstMs = clock.Elapsed.TotalMilliseconds;
        long heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        Process p = Process.GetCurrentProcess();
        p.Refresh();
        Console.WriteLine($"first full analysis (data loading included): {firstMs:F0} ms, {a.Places.Count} places");
        Console.WriteLine($"managed heap kept after loading: {(heapAfter - heapBefore) / 1e6:F1} MB");
        Console.WriteLine($"working set growth: {(p.WorkingSet64 - setBefore) / 1e6:F1} MB (total {p.WorkingSet64 / 1e6:F1} MB)");
    }
}
