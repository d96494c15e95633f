using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Byline.Serialization;

namespace Byline.Cli;

/// <summary>
/// <c>byline analyze --jsonl</c>: a pure filter from JSON lines in to JSON lines out, in input order. A bad
/// line is reported on stderr with its number and skipped; the others are still processed.
/// </summary>
internal sealed class JsonlRunner
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    private readonly IArticleAnalyzer _analyzer;
    private readonly Stream _input;
    private readonly Stream _output;
    private readonly TextWriter _stderr;
    private readonly bool _progress;

    public JsonlRunner(IArticleAnalyzer analyzer, Stream input, Stream output, TextWriter stderr, bool progress)
    {
        _analyzer = analyzer;
        _input = input;
        _output = output;
        _stderr = stderr;
        _progress = progress;
    }

    public int Run()
    {
        var reader = new ByteLineReader(_input);
        var buffered = new BufferedStream(_output, 1 << 16);
        var lines = new Queue<(long Number, string? Error)>(); // every non-blank line read and not yet reported, in order
        int errors = 0;
        long done = 0;
        var clock = Stopwatch.StartNew();
        long lastProgress = 0;

        // The lines are parsed as AnalyzeMany asks for articles (one thread at a time); bad lines are only queued, so
        // that their errors are reported between the results of the lines around them.
        IEnumerable<Article> Articles()
        {
            long lineNumber = 0;
            while (reader.TryReadLine(out ReadOnlySpan<byte> line))
            {
                lineNumber++;
                if (IsBlank(line))
                {
                    continue;
                }

                (long number, Article? article, string? error) = Parse(line, lineNumber);
                lock (lines)
                {
                    lines.Enqueue((number, error));
                }

                if (article is not null)
                {
                    yield return article;
                }
            }
        }

        void ReportErrorsBefore(bool all)
        {
            while (true)
            {
                (long Number, string? Error) next;
                lock (lines)
                {
                    if (!lines.TryPeek(out next) || (next.Error is null && !all))
                    {
                        return;
                    }

                    lines.Dequeue();
                }

                errors++;
                _stderr.WriteLine($"byline: line {next.Number}: {next.Error}");
            }
        }

        foreach (ArticleAnalysis analysis in _analyzer.AnalyzeMany(Articles()))
        {
            ReportErrorsBefore(all: false);
            lock (lines)
            {
                lines.Dequeue(); // this article's own line
            }

            using (Utf8JsonWriter writer = ArticleJson.CreateWriter(buffered))
            {
                ArticleJson.Write(writer, analysis);
            }

            buffered.WriteByte((byte)'\n');
            done++;
            if (done % 64 == 0)
            {
                buffered.Flush();
            }

            if (_progress && clock.ElapsedMilliseconds - lastProgress > 1000)
            {
                lastProgress = clock.ElapsedMilliseconds;
                _stderr.Write($"\rbyline: {done:N0} articles, {done / Math.Max(0.001, clock.Elapsed.TotalSeconds):N0}/s");
            }
        }

        ReportErrorsBefore(all: true);
        if (_progress && lastProgress > 0)
        {
            _stderr.WriteLine();
        }

        buffered.Flush();
        if (errors > 0)
        {
            _stderr.WriteLine($"byline: {errors} line(s) could not be analyzed; {done} were.");
            return CliApp.ExitBadInput;
        }

        return CliApp.ExitOk;
    }

    private static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (byte b in line)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
            {
                return false;
            }
        }

        return true;
    }

    internal static (long, Article?, string?) Parse(ReadOnlySpan<byte> line, long number)
    {
        try
        {
            StrictUtf8.GetCharCount(line);
        }
        catch (DecoderFallbackException)
        {
            return (number, null, "not valid UTF-8.");
        }

        try
        {
            using JsonDocument doc = JsonDocument.Parse(line.ToArray());
            JsonElement root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (number, null, "expected a JSON object with \"text\".");
            }

            if (!root.TryGetProperty("text", out JsonElement textEl) || textEl.ValueKind != JsonValueKind.String)
            {
                return (number, null, "missing string property \"text\".");
            }

            string? id = null;
            if (root.TryGetProperty("id", out JsonElement idEl))
            {
                id = idEl.ValueKind switch
                {
                    JsonValueKind.String => idEl.GetString(),
                    JsonValueKind.Null => null,
                    JsonValueKind.Number => idEl.GetRawText(),
                    _ => throw new FormatException("\"id\" must be a string or a number."),
                };
            }

            DateTimeOffset? published = null;
            if (root.TryGetProperty("publishedAt", out JsonElement pubEl) && pubEl.ValueKind != JsonValueKind.Null)
            {
                if (pubEl.ValueKind != JsonValueKind.String)
                {
                    return (number, null, "\"publishedAt\" must be an ISO 8601 string or null.");
                }

                try
                {
                    published = CliApp.ParseDate(pubEl.GetString()!, "\"publishedAt\"");
                }
                catch (InputException e)
                {
                    return (number, null, e.Message);
                }
            }

            string? title = root.TryGetProperty("title", out JsonElement titleEl) && titleEl.ValueKind == JsonValueKind.String ? titleEl.GetString() : null;
            return (number, new Article(textEl.GetString()!, published, id, title), null);
        }
        catch (JsonException e)
        {
            return (number, null, $"not valid JSON ({e.Message.Split('.')[0]}).");
        }
        catch (FormatException e)
        {
            return (number, null, e.Message);
        }
    }

    /// <summary>Reads '\n'-terminated lines as bytes, so that one undecodable line does not spoil the rest.</summary>
    private sealed class ByteLineReader(Stream stream)
    {
        private byte[] _buffer = new byte[1 << 16];
        private int _start;
        private int _end;
        private bool _eof;

        public bool TryReadLine(out ReadOnlySpan<byte> line)
        {
            int scanFrom = _start;
            while (true)
            {
                int nl = _buffer.AsSpan(scanFrom, _end - scanFrom).IndexOf((byte)'\n');
                if (nl >= 0)
                {
                    int lineEnd = scanFrom + nl;
                    line = _buffer.AsSpan(_start, lineEnd - _start);
                    _start = lineEnd + 1;
                    return true;
                }

                if (_eof)
                {
                    if (_start < _end)
                    {
                        line = _buffer.AsSpan(_start, _end - _start);
                        _start = _end;
                        return true;
                    }

                    line = default;
                    return false;
                }

                scanFrom = _end;
                Fill(ref scanFrom);
            }
        }

        private void Fill(ref int scanFrom)
        {
            if (_start > 0)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                scanFrom -= _start;
                _end -= _start;
                _start = 0;
            }

            if (_end == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            int read = stream.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                _eof = true;
            }

            _end += read;
        }
    }
}
