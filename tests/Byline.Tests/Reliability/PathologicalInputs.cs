using System.Text;

namespace Byline.Tests.Reliability;

/// <summary>Inputs built to trip quadratic scans and deep recursion. Shared by the tests and the benchmarks.</summary>
public static class PathologicalInputs
{
    /// <summary>The names of the inputs.</summary>
    public static readonly string[] Names = ["no-whitespace", "curly-quotes", "digits-and-commas", "nested-brackets", "mr-mr-mr", "one-paragraph", "news"];

    /// <summary>Builds the named input at about <paramref name="size"/> characters.</summary>
    public static string Build(string name, int size, string news) => name switch
    {
        "no-whitespace" => Repeat("Raqqa,“said”$4.5bn-10-km.U.S.-led", size),
        "curly-quotes" => new string('“', size),
        "digits-and-commas" => Repeat("1,2,3,4,5,6,7,8,9,0,", size),
        "nested-brackets" => new string('(', size / 2) + new string(')', size / 2),
        "mr-mr-mr" => Repeat("Mr. ", size),
        "one-paragraph" => Repeat(news.Replace('\n', ' ') + " ", size),
        "news" => Repeat(news + "\n", size),
        _ => throw new ArgumentException($"unknown input '{name}'", nameof(name)),
    };

    private static string Repeat(string unit, int size)
    {
        var sb = new StringBuilder(size + unit.Length);
        while (sb.Length < size)
        {
            sb.Append(unit);
        }

        return sb.ToString(0, size);
    }
}
