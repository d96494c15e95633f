namespace Byline.Text;

/// <summary>A sentence: a span of the text and the range of tokens it holds.</summary>
/// <param name="Start">UTF-16 index of the sentence's first character.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
/// <param name="FirstToken">Index of the sentence's first token in <see cref="TextDocument.Tokens"/>.</param>
/// <param name="TokenCount">Number of tokens in the sentence; at least 1.</param>
public readonly record struct Sentence(int Start, int Length, int FirstToken, int TokenCount)
{
    /// <summary>The index just past the sentence's last character.</summary>
    public int End => Start + Length;

    /// <summary>The index just past the sentence's last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}

/// <summary>A paragraph: a span of the text and the ranges of tokens and sentences it holds. Paragraphs end at every line break.</summary>
/// <param name="Start">UTF-16 index of the paragraph's first character.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
/// <param name="FirstToken">Index of the paragraph's first token.</param>
/// <param name="TokenCount">Number of tokens in the paragraph; at least 1.</param>
/// <param name="FirstSentence">Index of the paragraph's first sentence.</param>
/// <param name="SentenceCount">Number of sentences in the paragraph; at least 1.</param>
public readonly record struct Paragraph(int Start, int Length, int FirstToken, int TokenCount, int FirstSentence, int SentenceCount)
{
    /// <summary>The index just past the paragraph's last character.</summary>
    public int End => Start + Length;

    /// <summary>The index just past the paragraph's last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}

/// <summary>
/// A leading dateline such as <c>Reuters PARIS/MOSCOW:</c> or <c>WASHINGTON (AP) —</c>.
/// </summary>
/// <param name="Start">UTF-16 index of the dateline's first character.</param>
/// <param name="Length">Length of the whole dateline, its closing colon or dash included.</param>
/// <param name="LocationStart">UTF-16 index of the location part (<c>PARIS/MOSCOW</c>).</param>
/// <param name="LocationLength">Length of the location part.</param>
/// <param name="FirstToken">Index of the dateline's first token.</param>
/// <param name="TokenCount">Number of tokens in the dateline, its separator included.</param>
public readonly record struct Dateline(int Start, int Length, int LocationStart, int LocationLength, int FirstToken, int TokenCount)
{
    /// <summary>The index just past the dateline.</summary>
    public int End => Start + Length;
}
