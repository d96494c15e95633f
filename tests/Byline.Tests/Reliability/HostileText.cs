using System.Text;

namespace Byline.Tests.Reliability;

/// <summary>A seeded generator of hostile article text: news sentences mixed with every kind of trouble.</summary>
internal static class HostileText
{
    private static readonly string[] Sentences =
    [
        "The minister said on Tuesday that 1,280 square km had been retaken.",
        "“We will not stop,” the spokesman told reporters in Paris.",
        "According to officials, about 50 women and children left Aleppo late Monday.",
        "Prices rose 3.2% to $4.5bn in the third quarter of 2016, the bank said.",
        "A senior U.S. military official said the 10-km zone would hold for 90 days.",
        "Maj. Gen. Igor Konashenkov said Russian planes had not approached.",
        "'It is over,' she said. \"Really?\" he asked.",
        "« Nous sommes prêts », a déclaré le ministre à Paris.",
        "Rebels took three areas – Tuways, Al-Gharz and Tlatinah – south of Akhtarin.",
        "He warned that the 2-month-old operation could take weeks or months.",
        "Temperatures hit 45°C in Basra, where 5,000-strong forces waited.",
        "The company, based in New York City, paid €3m and £2.5 million in fines.",
    ];

    private static readonly string[] Noise =
    [
        "\"", "'", "“", "”", "‘", "’", "«", "»", "„", "(", ")", "[", "]", "{", "}", "—", "–", "-", "...", "…",
        "$", "€", "£", "¥", "%", "km²", "°F", "1,2,3", "0.000.1", "9999999999999999999999", "-0", "½",
        "\uD800", "\uDC00", "\uDBFF\uDFFF", "\u0000", "\u0007", "\u001B[31m", "\u200B", "\u200D", "\uFEFF", "\r", "\r\n", "\n\n", "\t",
        "👍🏽", "👨‍👩‍👧", "🇫🇷", "مرحبا بالعالم", "שלום", "北京市政府说", "東京", "Москва", "U.S.", "Mr.", "said", "said.", "according to",
        "http://example.com/a?b=(1)", "a@b.co", "@handle", "#tag", ".", ",", ":", ";", "!", "?",
    ];

    public static string Next(Random random)
    {
        var sb = new StringBuilder();
        int parts = random.Next(1, 24);
        for (int i = 0; i < parts; i++)
        {
            switch (random.Next(10))
            {
                case < 4:
                    sb.Append(Sentences[random.Next(Sentences.Length)]);
                    break;
                case < 8:
                    sb.Append(Noise[random.Next(Noise.Length)]);
                    break;
                case 8:
                    // Cut a sentence at a random point, leaving marks unbalanced.
                    string s = Sentences[random.Next(Sentences.Length)];
                    sb.Append(s.AsSpan(0, random.Next(s.Length)));
                    break;
                default:
                    // A long token: letters, digits or marks without spaces.
                    char c = "a9“.-,$'"[random.Next(8)];
                    sb.Append(c, random.Next(1, 600));
                    break;
            }

            sb.Append(random.Next(6) switch { 0 => "", 1 => "\n", _ => " " });
        }

        return sb.ToString();
    }
}
