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
        object? input = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Input")?.Value;
        BenchmarkReport? report = summary[benchmarkCase];
        if (input is not string name || report?.ResultStatistics is null)
        {
            return "-";
        }

        double bytes = Fixtures.Utf8Size(name);
        double seconds = report.ResultStatistics.Mean / 1e9;
        return (bytes / seconds / 1e6).ToString("N1", System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
