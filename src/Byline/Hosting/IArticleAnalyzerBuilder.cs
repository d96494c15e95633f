using Byline;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Configures the <see cref="IArticleAnalyzer"/> registered by <c>AddArticleAnalyzer()</c>.</summary>
public interface IArticleAnalyzerBuilder
{
    /// <summary>The service collection the analyzer is registered in.</summary>
    IServiceCollection Services { get; }
}
