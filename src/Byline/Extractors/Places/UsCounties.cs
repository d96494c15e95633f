using System.IO.Compression;
using System.Globalization;

namespace Byline.Extractors.Places;

/// <summary>
/// The counties, parishes and boroughs of the United States by name, and the county each US place of GeoNames lies in
/// (<c>Data/us-counties.tsv.gz</c>, written by <c>build/gazetteer/build_counties.py</c> from the Census FIPS list, GeoNames'
/// admin2 ids and the admin2 codes of GeoNames' places). Keyed by GeoNames id and state code, so it serves any gazetteer.
/// </summary>
internal sealed class UsCounties
{
    private const string ResourceName = "Byline.us-counties.tsv.gz";

    private static readonly Lazy<UsCounties> s_default = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly List<County> _counties = [];
    private readonly Dictionary<string, int[]> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _byNameSpan;
    private readonly Dictionary<long, int> _countyOfPlace = [];

    private UsCounties()
    {
        _byNameSpan = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The embedded table.</summary>
    public static UsCounties Default => s_default.Value;

    /// <summary>The number of counties.</summary>
    public int Count => _counties.Count;

    /// <summary>County <paramref name="index"/>.</summary>
    public County this[int index] => _counties[index];

    /// <summary>The indexes of the counties named <paramref name="name"/> (<c>Henderson County</c>: five states), or an empty span.</summary>
    public ReadOnlySpan<int> Find(scoped ReadOnlySpan<char> name) => _byNameSpan.TryGetValue(name, out int[]? found) ? found : [];

    /// <summary>The index of the county that the GeoNames place <paramref name="geonameId"/> lies in, or -1.</summary>
    public int CountyOf(long geonameId) => _countyOfPlace.TryGetValue(geonameId, out int county) ? county : -1;

    private static UsCounties Load()
    {
        using Stream stream = typeof(UsCounties).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The embedded resource " + ResourceName + " is missing.");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var table = new UsCounties();
        var byCode = new Dictionary<(string State, int Fips), int>();
        var names = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] f = line.Split('\t');
            if (f[0] == "C" && f.Length >= 6)
            {
                int fips = int.Parse(f[2], CultureInfo.InvariantCulture);
                double? lat = f[4].Length > 0 ? double.Parse(f[4], CultureInfo.InvariantCulture) : null;
                double? lon = f[5].Length > 0 ? double.Parse(f[5], CultureInfo.InvariantCulture) : null;
                long? id = f.Length >= 7 && f[6].Length > 0 ? long.Parse(f[6], CultureInfo.InvariantCulture) : null;
                int index = table._counties.Count;
                table._counties.Add(new County(f[1], fips, f[3], lat, lon, id));
                byCode[(f[1], fips)] = index;
                if (!names.TryGetValue(f[3], out List<int>? list))
                {
                    names[f[3]] = list = [];
                }

                list.Add(index);
            }
            else if (f[0] == "T" && f.Length >= 4
                     && byCode.TryGetValue((f[2], int.Parse(f[3], CultureInfo.InvariantCulture)), out int county))
            {
                table._countyOfPlace[long.Parse(f[1], CultureInfo.InvariantCulture)] = county;
            }
        }

        foreach ((string name, List<int> list) in names)
        {
            table._byName[name] = [.. list];
        }

        return table;
    }

    /// <summary>
    /// A county: its state's code (<c>TX</c>), its FIPS code within the state, its name, the mean position of its places, and its
    /// GeoNames (ADM2) id when GeoNames' admin2 list has it.
    /// </summary>
    internal readonly record struct County(string State, int Fips, string Name, double? Latitude, double? Longitude, long? GeonameId);
}
