using System.Globalization;

namespace Byline.Cli.Html;

/// <summary>The calendar days a TIMEX3 DATE or TIME value covers, for placing it on the report's timeline.</summary>
/// <param name="First">The first day covered.</param>
/// <param name="Last">The last day covered (equal to <paramref name="First"/> for a day or a time of day).</param>
internal readonly record struct TimexRange(DateOnly First, DateOnly Last)
{
    /// <summary>
    /// Reads a resolved TIMEX3 value: <c>2016</c>, <c>2016-10</c>, <c>2016-10-25</c> (with any time part such as
    /// <c>T14:30</c> or <c>TEV</c>), <c>2016-W43</c>, <c>2016-Q4</c>, seasons (<c>2016-SU</c>), decades (<c>201X</c>)
    /// and <c>PRESENT_REF</c> (the publication day). Unresolved values (<c>XXXX-WXX-2</c>), <c>PAST_REF</c>,
    /// <c>FUTURE_REF</c> and anything else give <see langword="false"/>.
    /// </summary>
    public static bool TryParse(string value, DateOnly? published, out TimexRange range)
    {
        range = default;
        ReadOnlySpan<char> v = value;
        if (v.SequenceEqual("PRESENT_REF"))
        {
            if (published is not { } p)
            {
                return false;
            }

            range = new TimexRange(p, p);
            return true;
        }

        if (v.Length >= 4 && char.IsAsciiDigit(v[0]) && char.IsAsciiDigit(v[1]) && char.IsAsciiDigit(v[2]) && v[3] == 'X' && (v.Length == 4 || v[4] == '-'))
        {
            int decade = Int(v[..3]) * 10;
            return Make(new DateOnly(Math.Max(decade, 1), 1, 1), new DateOnly(decade + 9, 12, 31), out range);
        }

        if (v.Length < 4 || !AllDigits(v[..4]))
        {
            return false;
        }

        int year = Int(v[..4]);
        if (year < 1 || year > 9998)
        {
            return false;
        }

        if (v.Length == 4)
        {
            return Make(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), out range);
        }

        if (v[4] != '-' || v.Length < 7)
        {
            return false;
        }

        ReadOnlySpan<char> rest = v[5..];
        if (rest[0] == 'W' && rest.Length >= 3 && AllDigits(rest.Slice(1, 2)) && (rest.Length == 3 || rest[3] == '-'))
        {
            int week = Int(rest.Slice(1, 2));
            if (week < 1 || week > ISOWeek.GetWeeksInYear(year))
            {
                return false;
            }

            DateOnly monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
            if (rest.Length == 3 || rest[4..].SequenceEqual("WE"))
            {
                return rest.Length == 3 ? Make(monday, monday.AddDays(6), out range) : Make(monday.AddDays(5), monday.AddDays(6), out range);
            }

            return false;
        }

        if (rest.Length == 2 && rest[0] == 'Q' && rest[1] is >= '1' and <= '4')
        {
            int q = rest[1] - '0';
            var first = new DateOnly(year, (3 * q) - 2, 1);
            return Make(first, first.AddMonths(3).AddDays(-1), out range);
        }

        if (rest.Length == 2 && Season(rest, year) is { } season)
        {
            range = season;
            return true;
        }

        if (rest.Length < 2 || !AllDigits(rest[..2]))
        {
            return false;
        }

        int month = Int(rest[..2]);
        if (month is < 1 or > 12)
        {
            return false;
        }

        if (rest.Length == 2)
        {
            var first = new DateOnly(year, month, 1);
            return Make(first, first.AddMonths(1).AddDays(-1), out range);
        }

        if (rest.Length < 5 || rest[2] != '-' || !AllDigits(rest.Slice(3, 2)) || (rest.Length > 5 && rest[5] != 'T'))
        {
            return false;
        }

        int day = Int(rest.Slice(3, 2));
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        var d = new DateOnly(year, month, day);
        return Make(d, d, out range);
    }

    /// <summary>How a range stands relative to the publication day: <c>7 days before</c>, <c>same day</c>, <c>includes publication</c>, <c>in 3 days</c>.</summary>
    public string Relative(DateOnly published)
    {
        if (First == Last && First == published)
        {
            return "publication day";
        }

        if (First <= published && published <= Last)
        {
            return "includes publication day";
        }

        if (Last < published)
        {
            int days = published.DayNumber - Last.DayNumber;
            return Days(days) + " before";
        }

        return "in " + Days(First.DayNumber - published.DayNumber);
    }

    private static string Days(int n) => n switch
    {
        1 => "1 day",
        < 60 => n.ToString(CultureInfo.InvariantCulture) + " days",
        < 730 => (n / 30).ToString(CultureInfo.InvariantCulture) + " months",
        _ => (n / 365).ToString(CultureInfo.InvariantCulture) + " years",
    };

    private static TimexRange? Season(ReadOnlySpan<char> code, int year) => code switch
    {
        "SP" => new TimexRange(new DateOnly(year, 3, 1), new DateOnly(year, 5, 31)),
        "SU" => new TimexRange(new DateOnly(year, 6, 1), new DateOnly(year, 8, 31)),
        "FA" => new TimexRange(new DateOnly(year, 9, 1), new DateOnly(year, 11, 30)),
        "WI" => new TimexRange(new DateOnly(year, 12, 1), new DateOnly(year + 1, 2, DateTime.IsLeapYear(year + 1) ? 29 : 28)),
        _ => null,
    };

    private static bool Make(DateOnly first, DateOnly last, out TimexRange range)
    {
        range = new TimexRange(first, last);
        return true;
    }

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int Int(ReadOnlySpan<char> digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
