using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Byline.Text;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Byline.Benchmarks.Text;

/// <summary>
/// The tokenizer hot path against its peers on the same input: Lucene.Net's StandardTokenizer (baseline)
/// and a .NET Regex word pattern with EnumerateMatches. Each method returns the token count.
/// </summary>
[MemoryDiagnoser]
public class TokenizerBenchmarks
{
    // A peer, not product code: Byline itself never compiles a regex at run time.
    private static readonly Regex WordPattern = new(@"\w+(?:[-'’.]\w+)*|\S", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private string _text = "";
    private Token[] _buffer = [];
    private StandardTokenizer? _lucene;

    [Params(Fixtures.Sample, Fixtures.Corpus)]
    public string Input { get; set; } = Fixtures.Sample;

    [GlobalSetup]
    public void Setup()
    {
        _text = Fixtures.Text(Input);
        _buffer = new Token[4096];
        _lucene = new StandardTokenizer(LuceneVersion.LUCENE_48, new StringReader(""));
    }

    [GlobalCleanup]
    public void Cleanup() => _lucene?.Dispose();

    [Benchmark(Baseline = true, Description = "Lucene.Net StandardTokenizer")]
    public int Lucene()
    {
        StandardTokenizer t = _lucene!;
        t.SetReader(new StringReader(_text));
        ICharTermAttribute term = t.GetAttribute<ICharTermAttribute>();
        t.Reset();
        int count = 0;
        while (t.IncrementToken())
        {
            count += term.Length > 0 ? 1 : 0;
        }

        t.End();
        t.Dispose();
        return count;
    }

    [Benchmark(Description = "Regex EnumerateMatches")]
    public int RegexPeer()
    {
        int count = 0;
        foreach (ValueMatch _ in WordPattern.EnumerateMatches(_text))
        {
            count++;
        }

        return count;
    }

    [Benchmark(Description = "Byline Tokenizer (foreach)")]
    public int BylineEnumerate()
    {
        int count = 0;
        foreach (Token _ in Tokenizer.Enumerate(_text))
        {
            count++;
        }

        return count;
    }

    [Benchmark(Description = "Byline Tokenizer (bulk Span<Token>)")]
    public int BylineBulk()
    {
        int count = 0;
        int next = 0;
        string text = _text;
        while (next < text.Length)
        {
            count += Tokenizer.Tokenize(text, _buffer, next, out next);
        }

        return count;
    }

    [Benchmark(Description = "Byline tokens + sentences (TextDocument)")]
    public int BylineDocument()
    {
        using TextDocument doc = TextDocument.Create(_text);
        return doc.Tokens.Length + doc.Sentences.Length;
    }
}
