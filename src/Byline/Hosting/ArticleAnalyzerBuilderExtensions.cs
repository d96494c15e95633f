using Byline;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds extractors to the analyzer registered by <c>AddArticleAnalyzer()</c>.</summary>
public static class ArticleAnalyzerBuilderExtensions
{
    /// <summary>Adds an extractor type, created once by the container; it runs after the extractors registered before it.</summary>
    /// <typeparam name="TExtractor">The extractor; it must be thread-safe.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static IArticleAnalyzerBuilder AddExtractor<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TExtractor>(
        this IArticleAnalyzerBuilder builder)
        where TExtractor : class, IArticleExtractor
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IArticleExtractor, TExtractor>());
        return builder;
    }

    /// <summary>Adds an extractor instance; it runs after the extractors registered before it.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="extractor">The extractor; it must be thread-safe.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="extractor"/> is null.</exception>
    public static IArticleAnalyzerBuilder AddExtractor(this IArticleAnalyzerBuilder builder, IArticleExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(extractor);
        builder.Services.AddSingleton(extractor);
        return builder;
    }

    /// <summary>Removes every registered extractor of type <typeparamref name="TExtractor"/>, built-in ones included.</summary>
    /// <typeparam name="TExtractor">The extractor type to remove.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static IArticleAnalyzerBuilder RemoveExtractor<TExtractor>(this IArticleAnalyzerBuilder builder)
        where TExtractor : class, IArticleExtractor
    {
        ArgumentNullException.ThrowIfNull(builder);
        for (int i = builder.Services.Count - 1; i >= 0; i--)
        {
            ServiceDescriptor d = builder.Services[i];
            if (d.ServiceType == typeof(IArticleExtractor)
                && (d.ImplementationType == typeof(TExtractor) || d.ImplementationInstance is TExtractor))
            {
                builder.Services.RemoveAt(i);
            }
        }

        return builder;
    }

    /// <summary>
    /// Replaces every registered extractor of type <typeparamref name="TExtractor"/> with <paramref name="replacement"/>,
    /// keeping its place in the running order; adds it at the end when none is registered. Use it to configure a
    /// built-in extractor, e.g. <c>ReplaceExtractor&lt;PlacesExtractor&gt;(new PlacesExtractor(options))</c>.
    /// </summary>
    /// <typeparam name="TExtractor">The extractor type to replace.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <param name="replacement">The extractor to run in its place; it must be thread-safe.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="replacement"/> is null.</exception>
    public static IArticleAnalyzerBuilder ReplaceExtractor<TExtractor>(this IArticleAnalyzerBuilder builder, IArticleExtractor replacement)
        where TExtractor : class, IArticleExtractor
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(replacement);
        bool replaced = false;
        for (int i = 0; i < builder.Services.Count; i++)
        {
            ServiceDescriptor d = builder.Services[i];
            if (d.ServiceType == typeof(IArticleExtractor)
                && (d.ImplementationType == typeof(TExtractor) || d.ImplementationInstance is TExtractor))
            {
                if (replaced)
                {
                    builder.Services.RemoveAt(i--);
                }
                else
                {
                    builder.Services[i] = ServiceDescriptor.Singleton(replacement);
                    replaced = true;
                }
            }
        }

        if (!replaced)
        {
            builder.Services.AddSingleton(replacement);
        }

        return builder;
    }
}
