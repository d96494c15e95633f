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
}
