using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Byline.Extractors.Dates;
using Byline.Extractors.Places;
using Byline.Extractors.Quantities;
using Byline.Extractors.Quotes;

namespace Byline.Serialization;

/// <summary>
/// Writes an <see cref="ArticleAnalysis"/> as the JSON contract the <c>byline</c> tool prints: camelCase,
/// one object per article, offsets in UTF-16 code units. Uses no reflection, so it is trimming- and AOT-safe.
/// </summary>
public static class ArticleJson
{
    private static readonly JsonWriterOptions CompactOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions IndentedOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    /// <summary>Returns the analysis as a JSON string.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analysis"/> is null.</exception>
    public static string ToJson(ArticleAnalysis analysis, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, indented ? IndentedOptions : CompactOptions))
        {
            Write(writer, analysis);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Creates a writer with the options the contract uses (non-ASCII characters written as they are).</summary>
    /// <param name="output">Where to write UTF-8 JSON.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The writer; the caller disposes it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    public static Utf8JsonWriter CreateWriter(Stream output, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        return new Utf8JsonWriter(output, indented ? IndentedOptions : CompactOptions);
    }

    /// <summary>Writes the analysis as one JSON object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="analysis">The analysis.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="analysis"/> is null.</exception>
    public static void Write(Utf8JsonWriter writer, ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(analysis);
        writer.WriteStartObject();
        writer.WriteString("id", analysis.Article.Id);

        writer.WriteStartArray("quotes");
        foreach (Quote q in analysis.Quotes)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", q.Kind switch { QuoteKind.Direct => "direct", QuoteKind.Indirect => "indirect", _ => "mixed" });
            writer.WriteString("text", q.Text);
            writer.WriteNumber("start", q.Start);
            writer.WriteNumber("length", q.Length);
            if (q.Parts.Count > 1)
            {
                // Only for a quotation broken by its attribution: the exact stretches of quoted words inside the span.
                writer.WriteStartArray("parts");
                foreach (QuotePart part in q.Parts)
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("start", part.Start);
                    writer.WriteNumber("length", part.Length);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            if (q.Speaker is { } s)
            {
                writer.WriteStartObject("speaker");
                writer.WriteString("name", s.Name);
                writer.WriteString("text", s.Text);
                writer.WriteNumber("start", s.Start);
                writer.WriteNumber("length", s.Length);
                writer.WriteString("role", s.Role);
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNull("speaker");
            }

            if (q.Cue is { } c)
            {
                writer.WriteStartObject("cue");
                writer.WriteString("text", c.Text);
                writer.WriteNumber("start", c.Start);
                writer.WriteNumber("length", c.Length);
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNull("cue");
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("places");
        foreach (Place p in analysis.Places)
        {
            writer.WriteStartObject();
            writer.WriteString("name", p.Name);
            WriteNullable(writer, "geonameId", p.GeonameId);
            writer.WriteString("countryCode", p.CountryCode);
            writer.WriteString("featureCode", p.FeatureCode);
            WriteNullable(writer, "latitude", p.Latitude);
            WriteNullable(writer, "longitude", p.Longitude);
            writer.WriteStartArray("mentions");
            foreach (PlaceMention m in p.Mentions)
            {
                writer.WriteStartObject();
                writer.WriteString("text", m.Text);
                writer.WriteNumber("start", m.Start);
                writer.WriteNumber("length", m.Length);
                writer.WriteString("kind", m.Kind == PlaceMentionKind.Demonym ? "demonym" : "name");
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("dates");
        foreach (TemporalExpression d in analysis.Dates)
        {
            writer.WriteStartObject();
            writer.WriteString("text", d.Text);
            writer.WriteNumber("start", d.Start);
            writer.WriteNumber("length", d.Length);
            writer.WriteString("type", d.Type switch
            {
                TemporalType.Date => "DATE",
                TemporalType.Time => "TIME",
                TemporalType.Duration => "DURATION",
                _ => "SET",
            });
            writer.WriteString("value", d.Value);
            writer.WriteString("mod", d.Mod);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("quantities");
        foreach (Quantity q in analysis.Quantities)
        {
            writer.WriteStartObject();
            writer.WriteString("text", q.Text);
            writer.WriteNumber("start", q.Start);
            writer.WriteNumber("length", q.Length);
            WriteNumber(writer, "value", q.Value);
            writer.WriteString("unit", q.Unit);
            writer.WriteString("dimension", DimensionName(q.Dimension));
            writer.WriteString("modifier", ModifierName(q.Modifier));
            WriteNullable(writer, "upperValue", q.UpperValue);
            writer.WriteString("noun", q.Noun);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The contract's name for a dimension (<c>count</c>, <c>length</c>, <c>currency</c>...).</summary>
    /// <param name="dimension">The dimension.</param>
    /// <returns>The lower-case name.</returns>
    public static string DimensionName(QuantityDimension dimension) => dimension switch
    {
        QuantityDimension.Count => "count",
        QuantityDimension.Percentage => "percentage",
        QuantityDimension.Length => "length",
        QuantityDimension.Area => "area",
        QuantityDimension.Volume => "volume",
        QuantityDimension.Mass => "mass",
        QuantityDimension.Speed => "speed",
        QuantityDimension.Temperature => "temperature",
        QuantityDimension.Energy => "energy",
        QuantityDimension.Power => "power",
        QuantityDimension.Data => "data",
        _ => "currency",
    };

    /// <summary>The contract's name for a modifier, or <see langword="null"/> for <see cref="QuantityModifier.None"/>.</summary>
    /// <param name="modifier">The modifier.</param>
    /// <returns>The snake-case name or null.</returns>
    public static string? ModifierName(QuantityModifier modifier) => modifier switch
    {
        QuantityModifier.Approx => "approx",
        QuantityModifier.MoreThan => "more_than",
        QuantityModifier.LessThan => "less_than",
        QuantityModifier.AtLeast => "at_least",
        QuantityModifier.AtMost => "at_most",
        QuantityModifier.Range => "range",
        _ => null,
    };

    private static void WriteNullable(Utf8JsonWriter writer, string name, long? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v)
        {
            WriteNumber(writer, name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, double value)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumber(name, value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
