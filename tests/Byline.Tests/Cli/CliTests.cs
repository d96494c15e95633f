using System.Text;
using Byline.Cli;

namespace Byline.Tests.Cli;

public class CliTests
{
    private static (int Code, string Out, string Err) Run(string stdin, params string[] args) => Run(Encoding.UTF8.GetBytes(stdin), args);

    private static (int Code, string Out, string Err) Run(byte[] stdin, params string[] args)
    {
        using var input = new MemoryStream(stdin);
        using var output = new MemoryStream();
        using var error = new StringWriter();
        int code = new CliApp(input, output, error).Run(args);
        return (code, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }

    [Fact]
    public void JsonlKeepsGoodLinesAroundBadOnesAndReportsLineNumbers()
    {
        string input = """
            {"id":"a","text":"One.","publishedAt":"2016-10-25"}
            {not json
            {"id":"b","text":"Two.","publishedAt":"25/10/2016"}
            {"id":"c"}
            {"id":7,"text":"Three.","publishedAt":null}
            """;
        (int code, string output, string err) = Run(input, "analyze", "--jsonl", "-");
        Assert.Equal(1, code);
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("{\"id\":\"a\",", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("{\"id\":\"7\",", lines[1], StringComparison.Ordinal);
        string[] errors = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("byline: line 2: not valid JSON", errors[0], StringComparison.Ordinal);
        Assert.Equal("byline: line 3: \"publishedAt\": '25/10/2016' is not a date; use ISO 8601 such as 2016-10-25 or 2016-10-25T14:30:00Z.", errors[1]);
        Assert.Equal("byline: line 4: missing string property \"text\".", errors[2]);
        Assert.Equal("byline: 3 line(s) could not be analyzed; 2 were.", errors[3]);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidUtf8LineIsReportedAndTheRestProcessed()
    {
        byte[] input = [.. Encoding.UTF8.GetBytes("{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\""), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\"}\n{\"id\":\"c\",\"text\":\"y\"}\n")];
        (int code, string output, string err) = Run(input, "analyze", "--jsonl");
        Assert.Equal(1, code);
        Assert.Equal(2, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.StartsWith("byline: line 2: not valid UTF-8.", err, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFileIsOneClearLine()
    {
        (int code, string output, string err) = Run("", "analyze", "/no/such/file.txt");
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Equal("byline: no such file: /no/such/file.txt\n", err.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void BadPublishedDateIsOneClearLine()
    {
        (int code, _, string err) = Run("text", "analyze", "--published", "yesterday");
        Assert.Equal(1, code);
        Assert.Equal("byline: --published: 'yesterday' is not a date; use ISO 8601 such as 2016-10-25 or 2016-10-25T14:30:00Z.\n", err.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void InvalidUtf8ArticleIsRejectedWithItsOffset()
    {
        (int code, _, string err) = Run([0x41, 0x42, 0xFF, 0x43], "analyze", "-");
        Assert.Equal(1, code);
        Assert.Equal("byline: standard input is not valid UTF-8 (bad byte at offset 2).\n", err.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData(new[] { "frobnicate" }, "byline: unknown command 'frobnicate'.")]
    [InlineData(new[] { "analyze", "--format", "xml" }, "byline: --format must be json, text or html, not 'xml'.")]
    [InlineData(new[] { "analyze", "--published" }, "byline: --published needs a value.")]
    [InlineData(new[] { "analyze", "a.txt", "b.txt" }, "byline: analyze takes one input file.")]
    public void UsageErrorsExitWithTwo(string[] args, string message)
    {
        (int code, _, string err) = Run("", args);
        Assert.Equal(2, code);
        Assert.Equal(message, err.ReplaceLineEndings("\n").Split('\n')[0]);
    }

    [Fact]
    public void AnalyzeEchoesIdAndWritesTheContractShape()
    {
        (int code, string output, string err) = Run("Plain text.", "analyze", "--id", "x1", "--published", "2016-10-25");
        Assert.Equal(0, code);
        Assert.Equal("", err);
        using var doc = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal("x1", doc.RootElement.GetProperty("id").GetString());
        foreach (string key in new[] { "quotes", "places", "dates", "quantities" })
        {
            Assert.Equal(System.Text.Json.JsonValueKind.Array, doc.RootElement.GetProperty(key).ValueKind);
        }
    }

    [Fact]
    public void QuoteBrokenByItsAttributionListsItsParts()
    {
        const string text = "“We will rebuild,” Ann Ortiz said. “It opens in May.”";
        (int code, string output, _) = Run(text, "analyze");
        Assert.Equal(0, code);
        using var doc = System.Text.Json.JsonDocument.Parse(output);
        System.Text.Json.JsonElement quote = Assert.Single(doc.RootElement.GetProperty("quotes").EnumerateArray());
        Assert.Equal("We will rebuild, It opens in May.", quote.GetProperty("text").GetString());
        Assert.Equal(1, quote.GetProperty("start").GetInt32());
        Assert.Equal(51, quote.GetProperty("length").GetInt32());
        Assert.Equal("[{\"start\":1,\"length\":16},{\"start\":36,\"length\":16}]", quote.GetProperty("parts").GetRawText());
        Assert.Equal("Ann Ortiz", quote.GetProperty("speaker").GetProperty("name").GetString());
    }

    [Fact]
    public void HelpAndVersion()
    {
        (int code, string output, _) = Run("", "--version");
        Assert.Equal(0, code);
        Assert.Matches(@"^byline \d+\.\d+\.\d+\n$", output);
        (code, output, _) = Run("", "--help");
        Assert.Equal(0, code);
        Assert.Contains("byline analyze --jsonl [FILE|-]", output, StringComparison.Ordinal);
    }

    [Fact]
    public void DemoNamesItsSource()
    {
        (int code, string output, string err) = Run("", "demo");
        Assert.Equal(0, code);
        Assert.Equal("", err);
        Assert.StartsWith("Demo: Reuters, PARIS/MOSCOW, 25 October 2016", output, StringComparison.Ordinal);
        Assert.Contains("Published 2016-10-25", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ClosedOutputEndsQuietly()
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes("{\"id\":\"a\",\"text\":\"x\"}\n"));
        using var error = new StringWriter();
        int code = new CliApp(input, new ClosedStream(), error).Run(["analyze", "--jsonl"]);
        Assert.Equal(0, code);
        Assert.Equal("", error.ToString());
    }

    private sealed class ClosedStream : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => throw new IOException("Broken pipe");
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("Broken pipe");
    }

    [Fact]
    public void ChunkedRunsConcatenateToTheSameLinesAsOneRun()
    {
        // What Spark's RDD.pipe, Hadoop Streaming or GNU parallel --pipe do: split the input, run byline per chunk, join.
        var random = new Random(3);
        string[] lines = Enumerable.Range(0, 30)
            .Select(i => System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = "doc" + i, ["text"] = Reliability.HostileText.Next(random), ["publishedAt"] = "2016-10-25" }))
            .ToArray();
        (int code, string whole, _) = Run(string.Join("\n", lines), "analyze", "--jsonl");
        Assert.Equal(0, code);
        var chunked = new List<string>();
        foreach (string[] chunk in lines.Chunk(7).Reverse())
        {
            (int c, string output, _) = Run(string.Join("\n", chunk) + "\n", "analyze", "--jsonl", "-");
            Assert.Equal(0, c);
            chunked.AddRange(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }

        static string Id(string line) => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()!;
        string[] expected = whole.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(30, expected.Length);
        Assert.Equal(expected, chunked.OrderBy(l => int.Parse(Id(l).AsSpan(3), System.Globalization.CultureInfo.InvariantCulture)).ToArray());
    }

    [Fact]
    public void EmptyInputGivesAnEmptyAnalysis()
    {
        string path = Path.GetTempFileName();
        try
        {
            (int code, string output, string err) = Run("", "analyze", path, "--id", "empty");
            Assert.Equal(0, code);
            Assert.Equal("", err);
            Assert.Equal("{\"id\":\"empty\",\"quotes\":[],\"places\":[],\"dates\":[],\"quantities\":[]}\n", output);
            (code, output, err) = Run("", "analyze", "--jsonl", path);
            Assert.Equal(0, code);
            Assert.Equal("", output);
            Assert.Equal("", err);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
