using Byline.Text;

namespace Byline.Tests.Text;

public class TextDocumentTests
{
    private static string[] SentenceTexts(string text)
    {
        using TextDocument doc = TextDocument.Create(text);
        var list = new List<string>();
        foreach (Sentence s in doc.Sentences)
        {
            list.Add(text.Substring(s.Start, s.Length));
        }

        return list.ToArray();
    }

    [Theory]
    [InlineData("Maj. Gen. Igor Konashenkov said so. Then he left.", new[] { "Maj. Gen. Igor Konashenkov said so.", "Then he left." })]
    [InlineData("the group said.Ibrahim Abu al-Laith, a civil defense official", new[] { "the group said.", "Ibrahim Abu al-Laith, a civil defense official" })]
    [InlineData("Claude Errera, editor of fansite Halo.Bungie.Org, said it. Then he left.", new[] { "Claude Errera, editor of fansite Halo.Bungie.Org, said it.", "Then he left." })]
    [InlineData("“We are prepared.” Carter left.", new[] { "“We are prepared.”", "Carter left." })]
    [InlineData("He spoke (briefly.) Then left.", new[] { "He spoke (briefly.)", "Then left." })]
    [InlineData("“Why?” he asked. Nobody knew.", new[] { "“Why?” he asked.", "Nobody knew." })]
    [InlineData("U.S. officials say so. The U.S. military agrees.", new[] { "U.S. officials say so.", "The U.S. military agrees." })]
    [InlineData("He lives in the U.S. The rest stay.", new[] { "He lives in the U.S.", "The rest stay." })]
    [InlineData("It was 1.5 million. Wait!", new[] { "It was 1.5 million.", "Wait!" })]
    [InlineData("First line\nSecond line", new[] { "First line", "Second line" })]
    [InlineData("CHARLESTON, W.Va. -- A Ph.D. student spoke. Then left.", new[] { "CHARLESTON, W.Va. -- A Ph.D. student spoke.", "Then left." })]
    public void Sentences(string text, string[] expected) => Assert.Equal(expected, SentenceTexts(text));

    [Fact]
    public void ParagraphsEndAtBlankLinesAndSingleNewlines()
    {
        string text = "One. Two.\nThree.\n\n\nFour.";
        using TextDocument doc = TextDocument.Create(text);
        Assert.Equal(3, doc.Paragraphs.Length);
        Assert.Equal("One. Two.", text.Substring(doc.Paragraphs[0].Start, doc.Paragraphs[0].Length));
        Assert.Equal(2, doc.Paragraphs[0].SentenceCount);
        Assert.Equal("Three.", text.Substring(doc.Paragraphs[1].Start, doc.Paragraphs[1].Length));
        Assert.Equal("Four.", text.Substring(doc.Paragraphs[2].Start, doc.Paragraphs[2].Length));
        Assert.Equal(3, doc.Paragraphs[2].FirstSentence);
        Assert.Equal(3, doc.GetParagraphIndex(doc.Tokens.Length - 1) + 1);
        Assert.Equal(3, doc.GetSentenceIndex(doc.Tokens.Length - 1));
    }

    [Fact]
    public void SentenceStartsAreFlagged()
    {
        using TextDocument doc = TextDocument.Create("He left. She stayed.");
        Assert.True(doc.Tokens[0].Has(TokenFlags.SentenceStart));
        Assert.False(doc.Tokens[1].Has(TokenFlags.SentenceStart));
        Assert.True(doc.Tokens[3].Has(TokenFlags.SentenceStart));
    }

    [Theory]
    [InlineData("Reuters PARIS/MOSCOW: The United States", "Reuters PARIS/MOSCOW:", "PARIS/MOSCOW")]
    [InlineData("WASHINGTON (AP) — The president", "WASHINGTON (AP) —", "WASHINGTON")]
    [InlineData("LONDON, Nov 25 (Reuters) - Shares fell", "LONDON, Nov 25 (Reuters) -", "LONDON")]
    [InlineData("NEW YORK _ Stocks rose", "NEW YORK _", "NEW YORK")]
    public void Datelines(string text, string dateline, string location)
    {
        using TextDocument doc = TextDocument.Create(text);
        Dateline d = Assert.NotNull(doc.Dateline);
        Assert.Equal(dateline, text.Substring(d.Start, d.Length));
        Assert.Equal(location, text.Substring(d.LocationStart, d.LocationLength));
    }

    [Theory]
    [InlineData("The U.S. said: no.")]
    [InlineData("Carter said - quietly - no.")]
    [InlineData("NATO")]
    public void NoDatelineInOrdinaryText(string text)
    {
        using TextDocument doc = TextDocument.Create(text);
        Assert.Null(doc.Dateline);
    }

    [Fact]
    public void FindTokenLocatesOffsets()
    {
        using TextDocument doc = TextDocument.Create("ab cd  ef");
        Assert.Equal(0, doc.FindToken(0));
        Assert.Equal(1, doc.FindToken(2));
        Assert.Equal(2, doc.FindToken(5));
        Assert.Equal(3, doc.FindToken(9));
    }

    [Fact]
    public void DisposedDocumentRefusesAccess()
    {
        TextDocument doc = TextDocument.Create("a b");
        doc.Dispose();
        Assert.Throws<ObjectDisposedException>(() => doc.Tokens.Length);
    }

    [Fact]
    public void EmptyAndWhitespaceTextHaveNoTokens()
    {
        using TextDocument doc = TextDocument.Create(" \n\t ");
        Assert.Equal(0, doc.Tokens.Length);
        Assert.Equal(0, doc.Sentences.Length);
        Assert.Equal(0, doc.Paragraphs.Length);
        Assert.Null(doc.Dateline);
    }
}
