namespace Byline.Extractors.Dates;

/// <summary>Options for the <see cref="DatesExtractor"/>. Immutable once the extractor is created.</summary>
public sealed class DatesExtractorOptions
{
    /// <summary>
    /// Whether to report vague references to the present, past and future (<c>now</c>, <c>currently</c>,
    /// <c>recently</c>, <c>in the near future</c>) as <c>PRESENT_REF</c>, <c>PAST_REF</c> and <c>FUTURE_REF</c>.
    /// Default: <see langword="true"/>.
    /// </summary>
    public bool IncludeReferences { get; init; } = true;

    /// <summary>Whether to report durations (<c>90 days</c>, <c>weeks or months</c>). Default: <see langword="true"/>.</summary>
    public bool IncludeDurations { get; init; } = true;

    /// <summary>Whether to report recurrences (<c>every Tuesday</c>, <c>weekly</c>). Default: <see langword="true"/>.</summary>
    public bool IncludeSets { get; init; } = true;
}
