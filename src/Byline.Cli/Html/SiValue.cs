using System.Collections.Frozen;

namespace Byline.Cli.Html;

/// <summary>Converts a quantity in one of the contract's unit codes to its SI (or SI-prefixed base) unit, for the report's details.</summary>
internal static class SiValue
{
    // unit code -> (factor, offset, SI unit): si = value * factor + offset.
    private static readonly FrozenDictionary<string, (double Factor, double Offset, string Unit)> Units =
        new Dictionary<string, (double, double, string)>(StringComparer.Ordinal)
        {
            ["mm"] = (0.001, 0, "m"), ["cm"] = (0.01, 0, "m"), ["m"] = (1, 0, "m"), ["km"] = (1000, 0, "m"),
            ["in"] = (0.0254, 0, "m"), ["ft"] = (0.3048, 0, "m"), ["yd"] = (0.9144, 0, "m"), ["mi"] = (1609.344, 0, "m"), ["nmi"] = (1852, 0, "m"),
            ["m2"] = (1, 0, "m²"), ["km2"] = (1e6, 0, "m²"), ["ha"] = (1e4, 0, "m²"), ["acre"] = (4046.8564224, 0, "m²"),
            ["ft2"] = (0.09290304, 0, "m²"), ["mi2"] = (2589988.110336, 0, "m²"),
            ["ml"] = (1e-6, 0, "m³"), ["l"] = (1e-3, 0, "m³"), ["m3"] = (1, 0, "m³"), ["gal"] = (0.003785411784, 0, "m³"), ["bbl"] = (0.158987294928, 0, "m³"),
            ["mg"] = (1e-6, 0, "kg"), ["g"] = (1e-3, 0, "kg"), ["kg"] = (1, 0, "kg"), ["t"] = (1000, 0, "kg"),
            ["lb"] = (0.45359237, 0, "kg"), ["oz"] = (0.028349523125, 0, "kg"),
            ["km/h"] = (1 / 3.6, 0, "m/s"), ["mph"] = (0.44704, 0, "m/s"), ["m/s"] = (1, 0, "m/s"), ["kn"] = (1852.0 / 3600, 0, "m/s"),
            ["degC"] = (1, 273.15, "K"), ["degF"] = (5.0 / 9, 273.15 - (32 * 5.0 / 9), "K"), ["K"] = (1, 0, "K"),
            ["J"] = (1, 0, "J"), ["kJ"] = (1e3, 0, "J"), ["kWh"] = (3.6e6, 0, "J"), ["MWh"] = (3.6e9, 0, "J"),
            ["W"] = (1, 0, "W"), ["kW"] = (1e3, 0, "W"), ["MW"] = (1e6, 0, "W"), ["GW"] = (1e9, 0, "W"),
            ["B"] = (1, 0, "B"), ["KB"] = (1e3, 0, "B"), ["MB"] = (1e6, 0, "B"), ["GB"] = (1e9, 0, "B"), ["TB"] = (1e12, 0, "B"),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The value in SI units, or <see langword="false"/> for counts, percentages, currencies and unknown codes.</summary>
    public static bool TryConvert(double value, string? unit, out double si, out string siUnit)
    {
        if (unit is not null && Units.TryGetValue(unit, out (double Factor, double Offset, string Unit) u))
        {
            si = (value * u.Factor) + u.Offset;
            siUnit = u.Unit;
            return true;
        }

        si = 0;
        siUnit = "";
        return false;
    }
}
