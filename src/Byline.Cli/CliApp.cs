using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Byline.Cli.Html;
using Byline.Serialization;

namespace Byline.Cli;

/// <summary>The <c>byline</c> command, over injectable streams so that tests can run it in-process.</summary>
internal sealed class CliApp
{
    internal const int ExitOk = 0, ExitBadInput = 1, ExitUsage = 2;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Stream _stdin;
    private readonly Stream _stdout;
    private readonly TextWriter _stderr;
    private readonly bool _errorIsTerminal;
    private readonly Lazy<IArticleAnalyzer> _analyzer;

    public CliApp(Stream stdin, Stream stdout, TextWriter stderr, bool errorIsTerminal = false, IArticleAnalyzer? analyzer = null)
    {
        _stdin = stdin;
        _stdout = stdout;
        _stderr = stderr;
        _errorIsTerminal = errorIsTerminal;
        _analyzer = new Lazy<IArticleAnalyzer>(() => analyzer ?? new ArticleAnalyzerBuilder().Build());
    }

    public int Run(string[] args)
    {
        try
        {
            return RunCore(args);
        }
        catch (IOException) when (IsBrokenPipe())
        {
            return ExitOk; // the reader went away (| head -1): stop quietly
        }
        catch (UsageException e)
        {
            _stderr.WriteLine($"byline: {e.Message}");
            _stderr.WriteLine("Run 'byline --help' for usage.");
            return ExitUsage;
        }
        catch (InputException e)
        {
            _stderr.WriteLine($"byline: {e.Message}");
            return ExitBadInput;
        }
    }

    private bool IsBrokenPipe()
    {
        try
        {
            _stdout.Flush();
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    private int RunCore(string[] args)
    {
        if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
        {
            WriteHelp();
            return args.Length == 0 ? ExitUsage : ExitOk;
        }

        if (args[0] is "--version" or "-v" or "version")
        {
            WriteOut(Version() + "\n");
            return ExitOk;
        }

        return args[0] switch
        {
            "analyze" => Analyze(args.AsSpan(1)),
            "demo" => Demo(args.AsSpan(1)),
            _ => throw new UsageException($"unknown command '{args[0]}'."),
        };
    }

    private int Demo(ReadOnlySpan<string> args)
    {
        string format = "text";
        foreach (string a in args)
        {
            format = a switch
            {
                "--json" => "json",
                "--text" => "text",
                "--html" => "html",
                _ => throw new UsageException($"unknown option '{a}' for demo."),
            };
        }

        Article article = DemoArticle();
        ArticleAnalysis analysis = _analyzer.Value.Analyze(article);
        if (format == "json")
        {
            WriteJson(analysis, indented: true);
        }
        else if (format == "html")
        {
            WriteHtml(analysis, DemoSource);
        }
        else
        {
            WriteOut(TextReport.Render(analysis, "Demo: " + DemoSource));
        }

        return ExitOk;
    }

    internal const string DemoSource = "Reuters, PARIS/MOSCOW, 25 October 2016 (bundled sample 001-reuters-raqqa-mosul)";

    internal static Article DemoArticle()
    {
        using Stream s = typeof(CliApp).Assembly.GetManifestResourceStream("Byline.Cli.Samples.001-reuters-raqqa-mosul.txt")
            ?? throw new InvalidOperationException("The bundled sample article is missing from the assembly.");
        using var reader = new StreamReader(s, Encoding.UTF8);
        return new Article(reader.ReadToEnd(), new DateTimeOffset(2016, 10, 25, 0, 0, 0, TimeSpan.Zero), "001-reuters-raqqa-mosul");
    }

    private int Analyze(ReadOnlySpan<string> args)
    {
        string? file = null;
        string format = "json";
        bool jsonl = false;
        DateTimeOffset? published = null;
        string? id = null;
        for (int i = 0; i < args.Length; i++)
        {
            string a = args[i];
            switch (a)
            {
                case "--jsonl":
                    jsonl = true;
                    break;
                case "--published":
                    published = ParseDate(Value(args, ref i, a), "--published");
                    break;
                case "--format":
                    format = Value(args, ref i, a);
                    if (format is not ("json" or "text" or "html"))
                    {
                        throw new UsageException($"--format must be json, text or html, not '{format}'.");
                    }

                    break;
                case "--id":
                    id = Value(args, ref i, a);
                    break;
                default:
                    if (a.StartsWith("--", StringComparison.Ordinal))
                    {
                        throw new UsageException($"unknown option '{a}' for analyze.");
                    }

                    if (file is not null)
                    {
                        throw new UsageException("analyze takes one input file.");
                    }

                    file = a;
                    break;
            }
        }

        file ??= "-";
        if (jsonl)
        {
            if (published is not null || id is not null || format != "json")
            {
                throw new UsageException("--jsonl reads id and publishedAt from each line and writes JSON; --published, --id and --format do not apply.");
            }

            using Stream input = OpenInput(file);
            return new JsonlRunner(_analyzer.Value, input, _stdout, _stderr, _errorIsTerminal).Run();
        }

        string text;
        using (Stream input = OpenInput(file))
        {
            text = ReadAllStrict(input, file);
        }

        var article = new Article(text, published, id);
        ArticleAnalysis analysis = _analyzer.Value.Analyze(article);
        if (format == "json")
        {
            WriteJson(analysis, indented: false);
        }
        else if (format == "html")
        {
            WriteHtml(analysis, file == "-" ? "standard input" : file);
        }
        else
        {
            WriteOut(TextReport.Render(analysis, file == "-" ? "standard input" : file));
        }

        return ExitOk;
    }

    private Stream OpenInput(string file)
    {
        if (file == "-")
        {
            return _stdin;
        }

        try
        {
            return new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        }
        catch (FileNotFoundException)
        {
            throw new InputException($"no such file: {file}");
        }
        catch (DirectoryNotFoundException)
        {
            throw new InputException($"no such file: {file}");
        }
        catch (UnauthorizedAccessException)
        {
            throw new InputException($"cannot read {file}: permission denied or it is a directory.");
        }
        catch (IOException e)
        {
            throw new InputException($"cannot read {file}: {e.Message}");
        }
    }

    private static string ReadAllStrict(Stream input, string file)
    {
        var buffer = new MemoryStream();
        input.CopyTo(buffer);
        ReadOnlySpan<byte> bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new InputException($"{(file == "-" ? "standard input" : file)} is not valid UTF-8 (bad byte at offset {e.Index}).");
        }
    }

    internal static DateTimeOffset ParseDate(string value, string what)
    {
        if (DateTimeOffset.TryParseExact(value, ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK"],
                CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out DateTimeOffset d))
        {
            return d;
        }

        throw new InputException($"{what}: '{value}' is not a date; use ISO 8601 such as 2016-10-25 or 2016-10-25T14:30:00Z.");
    }

    private static string Value(ReadOnlySpan<string> args, ref int i, string option)
    {
        if (i + 1 >= args.Length)
        {
            throw new UsageException($"{option} needs a value.");
        }

        return args[++i];
    }

    private void WriteJson(ArticleAnalysis analysis, bool indented)
    {
        using (Utf8JsonWriter writer = ArticleJson.CreateWriter(_stdout, indented))
        {
            ArticleJson.Write(writer, analysis);
        }

        _stdout.WriteByte((byte)'\n');
        _stdout.Flush();
    }

    private void WriteHtml(ArticleAnalysis analysis, string source)
    {
        using (var writer = new StreamWriter(_stdout, Utf8NoBom, 1 << 16, leaveOpen: true))
        {
            HtmlReport.Write(analysis, source, writer);
        }

        _stdout.Flush();
    }

    private void WriteOut(string s)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(s);
        _stdout.Write(bytes);
        _stdout.Flush();
    }

    private static string Version() =>
        "byline " + (typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown").Split('+')[0];

    private void WriteHelp() => WriteOut($$"""
        {{Version()}}: who said what, where, when and how much in English news articles.

        Usage:
          byline analyze [FILE|-] [--published DATE] [--id ID] [--format json|text|html]
                                     analyze one article (a UTF-8 text file, or standard input);
                                     html is one self-contained page: highlights, who said what, map, timeline
          byline analyze --jsonl [FILE|-]
                                     analyze many: one JSON object a line in ({"id","text","publishedAt"}),
                                     one result a line out, in input order
          byline demo [--json|--html]
                                     analyze the bundled sample article ({{DemoSource}})
          byline --help | --version

        DATE is ISO 8601: 2016-10-25 or 2016-10-25T14:30:00Z. Relative dates ("Tuesday", "last week")
        are resolved against it; without it their unknown parts stay X (XXXX-WXX-2).
        Exit codes: 0 success, 1 bad input (some lines failed in --jsonl mode), 2 usage error.

        """);
}

/// <summary>A mistake in the command line.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>Input that cannot be read: a missing file, bad UTF-8, a bad date.</summary>
internal sealed class InputException(string message) : Exception(message);
