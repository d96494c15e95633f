using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Byline.Benchmarks;

/// <summary>Memory diagnoser plus an MB/s column computed from each benchmark's input size.</summary>
public sealed class BenchConfig : ManualConfig
{
    public BenchConfig()
    {
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new MegabytesPerSecondColumn());
        AddColumnProvider(DefaultColumnProviders.Instance);
        AddLogger(BenchmarkDotNet.Loggers.ConsoleLogger.Default);
        AddExporter(BenchmarkDotNet.Exporters.MarkdownExporter.GitHub);
        WithOptions(ConfigOptions.JoinSummary);
        // Building the generated project rebuilds Byline (gazetteer included): on the shared two-core machine under
        // load that took over the default two minutes and the run ended with no result.
        WithBuildTimeout(TimeSpan.FromMinutes(10));
    }
}

/// <summary>Throughput in megabytes (10^6 bytes of UTF-8 input) per second, from the mean time and the <c>Input</c> parameter's size.</summary>
public sealed class MegabytesPerSecondColumn : IColumn
{
    public string Id => "MBps";
    public string ColumnName => "MB/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Statistics;
    public int PriorityInCategory => 10;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Input megabytes (UTF-8, 10^6 bytes) processed per second";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        BenchmarkReport? report = summary[benchmarkCase];
        double bytes = InputBytes(benchmarkCase);
        if (bytes <= 0 || report?.ResultStatistics is null)
        {
            return "-";
        }

        double seconds = report.ResultStatistics.Mean / 1e9;
        return (bytes / seconds / 1e6).ToString("N1", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Input size from the case's parameters: a fixture name (<c>Input</c>) or a size in bytes (<c>Size</c>).</summary>
    private static double InputBytes(BenchmarkCase benchmarkCase)
    {
        object? size = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Size")?.Value;
        if (size is int n)
        {
            return n;
        }

        object? input = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Input")?.Value;
        return input is string name ? Fixtures.Utf8Size(name) : 0;
    }

    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
