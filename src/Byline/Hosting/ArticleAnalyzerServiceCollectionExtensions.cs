using Byline;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Byline's <see cref="IArticleAnalyzer"/> with a service collection.</summary>
public static class ArticleAnalyzerServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="IArticleAnalyzer"/> with the built-in extractors. Every
    /// <see cref="IArticleExtractor"/> registered in the collection runs, in registration order.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>A builder to add extractors with.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IArticleAnalyzerBuilder AddArticleAnalyzer(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        foreach (IArticleExtractor extractor in BuiltInExtractors.Create())
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(IArticleExtractor), extractor));
        }

        services.TryAddSingleton<IArticleAnalyzer>(sp => new ArticleAnalyzer(sp.GetServices<IArticleExtractor>()));
        return new ArticleAnalyzerBuilder(services);
    }

    /// <summary>Registers the analyzer as <see cref="AddArticleAnalyzer(IServiceCollection)"/> does, then configures it.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adds extractors through the builder.</param>
    /// <returns>The service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is null.</exception>
    public static IServiceCollection AddArticleAnalyzer(this IServiceCollection services, Action<IArticleAnalyzerBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(services.AddArticleAnalyzer());
        return services;
    }

    private sealed class ArticleAnalyzerBuilder(IServiceCollection services) : IArticleAnalyzerBuilder
    {
        public IServiceCollection Services { get; } = services;
    }
}
