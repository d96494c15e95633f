namespace Byline.Extractors.Dates;

/// <summary>The TIMEX3 type of a temporal expression.</summary>
public enum TemporalType
{
    /// <summary>A calendar date or period (<c>2016-10-25</c>, <c>2016-W43</c>, <c>PRESENT_REF</c>).</summary>
    Date,
    /// <summary>A time of day (<c>2016-10-24TEV</c>, <c>T08:30</c>).</summary>
    Time,
    /// <summary>A length of time (<c>P90D</c>, <c>PT24H</c>).</summary>
    Duration,
    /// <summary>A recurrence (<c>every Tuesday</c>).</summary>
    Set,
}

/// <summary>A temporal expression normalized to a TimeML TIMEX3 value.</summary>
public sealed class TemporalExpression
{
    /// <summary>Creates a temporal expression.</summary>
    /// <param name="text">The expression as written.</param>
    /// <param name="start">UTF-16 index of the expression.</param>
    /// <param name="length">Length of the expression.</param>
    /// <param name="type">The TIMEX3 type.</param>
    /// <param name="value">The TIMEX3 value (<c>2016-10-18</c>, <c>P90D</c>, <c>XXXX-WXX-2</c>).</param>
    /// <param name="mod">The TIMEX3 mod (<c>APPROX</c>, <c>START</c>...), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="value"/> is null.</exception>
    public TemporalExpression(string text, int start, int length, TemporalType type, string value, string? mod)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(value);
        Text = text;
        Start = start;
        Length = length;
        Type = type;
        Value = value;
        Mod = mod;
    }

    /// <summary>The expression as written.</summary>
    public string Text { get; }

    /// <summary>UTF-16 index of the expression.</summary>
    public int Start { get; }

    /// <summary>Length of the expression in UTF-16 code units.</summary>
    public int Length { get; }

    /// <summary>The TIMEX3 type.</summary>
    public TemporalType Type { get; }

    /// <summary>The TIMEX3 value.</summary>
    public string Value { get; }

    /// <summary>The TIMEX3 mod, or <see langword="null"/>.</summary>
    public string? Mod { get; }
}
