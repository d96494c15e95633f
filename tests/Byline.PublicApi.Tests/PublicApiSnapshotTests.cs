using System.Runtime.CompilerServices;
using PublicApiGenerator;

namespace Byline.PublicApi.Tests;

/// <summary>
/// Fails when the public surface of Byline changes by accident. After an intended change, run the tests
/// with BYLINE_APPROVE_API=1 to rewrite Byline.approved.txt, and review that file's diff like code.
/// </summary>
public class PublicApiSnapshotTests
{
    [Fact]
    public void PublicApiMatchesTheApprovedSnapshot()
    {
        string actual = typeof(Article).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"],
        }).ReplaceLineEndings("\n");

        if (Environment.GetEnvironmentVariable("BYLINE_APPROVE_API") == "1")
        {
            File.WriteAllText(ApprovedPathInSource(), actual);
        }

        string approved = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Byline.approved.txt")).ReplaceLineEndings("\n");
        Assert.True(approved == actual,
            "The public API changed. If intended, run with BYLINE_APPROVE_API=1 and review Byline.approved.txt.\n" + FirstDifference(approved, actual));
    }

    private static string FirstDifference(string approved, string actual)
    {
        string[] a = approved.Split('\n');
        string[] b = actual.Split('\n');
        for (int i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            string x = i < a.Length ? a[i] : "<end>";
            string y = i < b.Length ? b[i] : "<end>";
            if (x != y)
            {
                return $"line {i + 1}:\n  approved: {x}\n  actual:   {y}";
            }
        }

        return "";
    }

    private static string ApprovedPathInSource([CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile)!, "Byline.approved.txt");
}
