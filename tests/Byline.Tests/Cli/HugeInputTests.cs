using System.Text;
using System.Text.Json;
using Byline.Cli;

namespace Byline.Tests.Cli;

/// <summary>
/// The CLI on a 100 MB article that is one single line: it finishes, loses nothing at the far end and
/// writes the same contract JSON as for a small article (issue: "CLI under faults").
/// </summary>
public class HugeInputTests
{
    private const int HundredMegabytes = 100 * 1024 * 1024;

    // Lower-case filler with no quote, place, date or quantity in it, so that everything found comes from
    // the sentences placed at the two ends and its offsets can be asserted exactly.
    private const string Filler = "and the talks went on through the night, with no result and little hope of one; ";
    private const string Head = "Ash Carter said on Tuesday that 35 commanders were killed near Mosul; ";
    private const string Tail = "Ash Carter said on Tuesday that 35 commanders were killed near Mosul.";

    private static byte[] SingleLineArticle(out int tailStart)
    {
        var text = new StringBuilder(HundredMegabytes + 200);
        text.Append(Head);
        while (text.Length < HundredMegabytes - Tail.Length)
        {
            text.Append(Filler);
        }

        tailStart = text.Length;
        text.Append(Tail);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    [Fact]
    public void HundredMegabyteSingleLineIsAnalyzedToTheLastByte()
    {
        byte[] input = SingleLineArticle(out int tailStart);
        Assert.True(input.Length >= HundredMegabytes - Tail.Length);
        Assert.DoesNotContain((byte)'\n', input);
        using var stdin = new MemoryStream(input);
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();

        int code = new CliApp(stdin, stdout, stderr).Run(["analyze", "-", "--published", "2016-10-25"]);

        Assert.Equal(0, code);
        Assert.Equal("", stderr.ToString());
        using JsonDocument doc = JsonDocument.Parse(stdout.ToArray());
        JsonElement root = doc.RootElement;

        // Both ends: the head at offset 0 and the tail ~100 million characters later.
        int[] expectedQuoteSpeakerStarts = [0, tailStart];
        Assert.Equal(expectedQuoteSpeakerStarts, root.GetProperty("quotes").EnumerateArray().Select(q => q.GetProperty("speaker").GetProperty("start").GetInt32()).ToArray());
        Assert.All(root.GetProperty("quotes").EnumerateArray(), q => Assert.Equal("Ash Carter", q.GetProperty("speaker").GetProperty("name").GetString()));

        JsonElement place = Assert.Single(root.GetProperty("places").EnumerateArray());
        Assert.Equal("IQ", place.GetProperty("countryCode").GetString());
        int mosul = Head.IndexOf("Mosul", StringComparison.Ordinal);
        Assert.Equal(new[] { mosul, tailStart + mosul }, place.GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("start").GetInt32()).ToArray());

        int tuesday = Head.IndexOf("Tuesday", StringComparison.Ordinal);
        Assert.Equal(new[] { (tuesday, "2016-10-25"), (tailStart + tuesday, "2016-10-25") }, root.GetProperty("dates").EnumerateArray().Select(d => (d.GetProperty("start").GetInt32(), d.GetProperty("value").GetString()!)).ToArray());

        int commanders = Head.IndexOf("35", StringComparison.Ordinal);
        Assert.Equal(new[] { (commanders, 35d, "commanders"), (tailStart + commanders, 35d, "commanders") }, root.GetProperty("quantities").EnumerateArray().Select(q => (q.GetProperty("start").GetInt32(), q.GetProperty("value").GetDouble(), q.GetProperty("noun").GetString()!)).ToArray());
    }
}
