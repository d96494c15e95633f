namespace Byline.Extractors.Places;

/// <summary>
/// Which countries share a land border, from GeoNames' countryInfo (<c>Data/neighbours.tsv</c>, written by
/// <c>build/gazetteer/build_neighbours.py</c>). Keyed by ISO 3166 alpha-2 code, so it serves any gazetteer.
/// </summary>
internal static class CountryNeighbours
{
    private const string ResourceName = "Byline.neighbours.tsv";

    private static readonly Lazy<Dictionary<string, string[]>> s_table = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The neighbours of every country that has one: <c>IL</c> → <c>EG, JO, LB, PS, SY</c>.</summary>
    public static IReadOnlyDictionary<string, string[]> ByIso2 => s_table.Value;

    /// <summary>For each country index of <paramref name="gz"/>, the indexes of its neighbours in the same gazetteer.</summary>
    public static int[][] Indexes(Gazetteer gz)
    {
        var result = new int[gz.CountryCount][];
        for (int c = 0; c < result.Length; c++)
        {
            result[c] = [];
            string? code = gz.CountryCodeAt(c);
            if (code is null || !s_table.Value.TryGetValue(code, out string[]? near))
            {
                continue;
            }

            var list = new List<int>(near.Length);
            foreach (string n in near)
            {
                int index = gz.CountryIndex(n);
                if (index > 0)
                {
                    list.Add(index);
                }
            }

            result[c] = [.. list];
        }

        return result;
    }

    private static Dictionary<string, string[]> Load()
    {
        using Stream stream = typeof(CountryNeighbours).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The embedded resource " + ResourceName + " is missing.");
        using var reader = new StreamReader(stream);
        var table = new Dictionary<string, string[]>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            int tab = line.IndexOf('\t');
            if (tab > 0)
            {
                table[line[..tab]] = line[(tab + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries);
            }
        }

        return table;
    }
}
