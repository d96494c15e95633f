namespace Byline.Extractors.Quantities;

/// <summary>What a quantity measures.</summary>
public enum QuantityDimension
{
    /// <summary>A plain count of things (no unit).</summary>
    Count,
    /// <summary>A share: percent or percentage points.</summary>
    Percentage,
    /// <summary>A length.</summary>
    Length,
    /// <summary>An area.</summary>
    Area,
    /// <summary>A volume.</summary>
    Volume,
    /// <summary>A mass.</summary>
    Mass,
    /// <summary>A speed.</summary>
    Speed,
    /// <summary>A temperature.</summary>
    Temperature,
    /// <summary>Energy.</summary>
    Energy,
    /// <summary>Power.</summary>
    Power,
    /// <summary>A data size.</summary>
    Data,
    /// <summary>An amount of money.</summary>
    Currency,
}

/// <summary>How a quantity's value is qualified.</summary>
public enum QuantityModifier
{
    /// <summary>An exact value.</summary>
    None,
    /// <summary><c>about</c>, <c>around</c>, <c>nearly</c>, <c>some</c>, <c>tens of thousands</c>.</summary>
    Approx,
    /// <summary><c>more than</c>, <c>over</c>.</summary>
    MoreThan,
    /// <summary><c>less than</c>, <c>fewer than</c>, <c>under</c>.</summary>
    LessThan,
    /// <summary><c>at least</c>.</summary>
    AtLeast,
    /// <summary><c>up to</c>, <c>at most</c>.</summary>
    AtMost,
    /// <summary>A range: <see cref="Quantity.Value"/> to <see cref="Quantity.UpperValue"/>.</summary>
    Range,
}

/// <summary>A number in the text, with its unit, what it counts and how it is qualified.</summary>
public sealed class Quantity
{
    /// <summary>Creates a quantity.</summary>
    /// <param name="text">The whole expression as written (<c>more than 35 Daesh commanders</c>).</param>
    /// <param name="start">UTF-16 index of the expression.</param>
    /// <param name="length">Length of the expression.</param>
    /// <param name="value">The value (the lower bound of a range).</param>
    /// <param name="unit">The unit code (<c>km</c>, <c>%</c>, <c>USD</c>), or <see langword="null"/> for counts.</param>
    /// <param name="dimension">What the quantity measures.</param>
    /// <param name="modifier">How the value is qualified.</param>
    /// <param name="upperValue">The upper bound of a range, or <see langword="null"/>.</param>
    /// <param name="noun">What is counted or measured (<c>Daesh commanders</c>), or <see langword="null"/>.</param>
    /// <param name="siValue">The value in the SI base unit (<c>10 km</c> gives 10000), or <see langword="null"/> for counts, shares and money.</param>
    /// <param name="siUnit">The SI base unit of <paramref name="siValue"/> (<c>m</c>, <c>m2</c>, <c>kg</c>...), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public Quantity(string text, int start, int length, double value, string? unit, QuantityDimension dimension,
        QuantityModifier modifier, double? upperValue, string? noun, double? siValue = null, string? siUnit = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Start = start;
        Length = length;
        Value = value;
        Unit = unit;
        Dimension = dimension;
        Modifier = modifier;
        UpperValue = upperValue;
        Noun = noun;
        SiValue = siValue;
        SiUnit = siUnit;
    }

    /// <summary>The whole expression as written.</summary>
    public string Text { get; }

    /// <summary>UTF-16 index of the expression.</summary>
    public int Start { get; }

    /// <summary>Length of the expression in UTF-16 code units.</summary>
    public int Length { get; }

    /// <summary>The value (the lower bound of a range).</summary>
    public double Value { get; }

    /// <summary>The upper bound of a range, or <see langword="null"/>.</summary>
    public double? UpperValue { get; }

    /// <summary>The unit code, or <see langword="null"/> for counts.</summary>
    public string? Unit { get; }

    /// <summary>What the quantity measures.</summary>
    public QuantityDimension Dimension { get; }

    /// <summary>How the value is qualified.</summary>
    public QuantityModifier Modifier { get; }

    /// <summary>What is counted or measured, or <see langword="null"/>.</summary>
    public string? Noun { get; }

    /// <summary>
    /// The value converted to the SI base unit of its dimension (<c>10 km</c> gives 10000, <c>1,280 square km</c>
    /// gives 1.28e9, <c>20 degC</c> gives 293.15), or <see langword="null"/> for counts, percentages and money.
    /// </summary>
    public double? SiValue { get; }

    /// <summary>
    /// The SI base unit of <see cref="SiValue"/>: <c>m</c>, <c>m2</c>, <c>m3</c>, <c>kg</c>, <c>m/s</c>, <c>K</c>,
    /// <c>J</c>, <c>W</c> or <c>B</c> (bytes, for data sizes); <see langword="null"/> when <see cref="SiValue"/> is.
    /// </summary>
    public string? SiUnit { get; }
}
