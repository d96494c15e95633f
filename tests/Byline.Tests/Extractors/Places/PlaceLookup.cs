using Byline.Extractors.Places;
using Byline.Text;

namespace Byline.Tests.Extractors.Places;

/// <summary>Finds the place whose mention starts at a given offset, for tests that check one mention.</summary>
internal static class PlaceLookup
{
    public static Place? PlaceAt(PlacesExtractor extractor, string text, int start)
    {
        using TextDocument doc = TextDocument.Create(text);
        foreach (Place p in extractor.Find(doc))
        {
            foreach (PlaceMention m in p.Mentions)
            {
                if (m.Start == start)
                {
                    return p;
                }
            }
        }

        return null;
    }

    /// <summary>Runs the extractor on <paramref name="text"/> and checks that every mention's offsets lie in it and give its text.</summary>
    public static List<Place> AssertMentionsInText(PlacesExtractor extractor, string text)
    {
        using TextDocument doc = TextDocument.Create(text);
        List<Place> places = extractor.Find(doc).ToList();
        foreach (Place p in places)
        {
            foreach (PlaceMention m in p.Mentions)
            {
                Assert.InRange(m.Start, 0, text.Length - m.Length);
                Assert.Equal(text.Substring(m.Start, m.Length), m.Text);
            }
        }

        return places;
    }
}
