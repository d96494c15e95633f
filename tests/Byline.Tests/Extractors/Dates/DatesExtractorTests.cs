using Byline.Extractors.Dates;

namespace Byline.Tests.Extractors.Dates;

public class DatesExtractorTests
{
    // Tuesday 25 October 2016, ISO week 43.
    private static readonly DateTimeOffset Published = new(2016, 10, 25, 12, 0, 0, TimeSpan.Zero);

    private static readonly ArticleAnalyzer Analyzer = new([new DatesExtractor()]);

    private static IReadOnlyList<TemporalExpression> Find(string text, bool withDate = true) =>
        Analyzer.Analyze(new Article(text, withDate ? Published : null)).Dates;

    private static void AssertSingle(string sentence, string text, TemporalType type, string value, string? mod = null, bool withDate = true)
    {
        IReadOnlyList<TemporalExpression> found = Find(sentence, withDate);
        TemporalExpression d = Assert.Single(found);
        Assert.Equal(text, d.Text);
        Assert.Equal(sentence.IndexOf(text, StringComparison.Ordinal), d.Start);
        Assert.Equal(text.Length, d.Length);
        Assert.Equal(type, d.Type);
        Assert.Equal(value, d.Value);
        Assert.Equal(mod, d.Mod);
    }

    [Theory]
    [InlineData("In January 25 people who took part in the march were held.", "January", "2016-01")]
    [InlineData("The talks since the August 7 bombings went nowhere.", "August 7", "2016-08-07")]
    [InlineData("On March 3 votes were cast across the state.", "March 3", "2016-03-03")]
    public void Number_after_a_month_counts_a_plural_noun_only_without_a_day_cue(string sentence, string text, string value)
    {
        AssertSingle(sentence, text, TemporalType.Date, value);
    }

    [Theory]
    [InlineData("The deal closed on Oct. 25, 2016, after talks.", "Oct. 25, 2016", "2016-10-25")]
    [InlineData("The deal closed on 25 October 2016 after talks.", "25 October 2016", "2016-10-25")]
    [InlineData("The deal closed on 2016-10-25 after talks.", "2016-10-25", "2016-10-25")]
    [InlineData("The deal closed on 10/25/2016 after talks.", "10/25/2016", "2016-10-25")]
    [InlineData("The deal closed on 25/10/2016 after talks.", "25/10/2016", "2016-10-25")]
    [InlineData("The deal closed in October 2016 after talks.", "October 2016", "2016-10")]
    [InlineData("The factory opened in 1987 near the river.", "1987", "1987")]
    [InlineData("Prices soared in the 1990s across the region.", "the 1990s", "199")]
    [InlineData("The plan covers fiscal 2017 and beyond.", "fiscal 2017", "2017")]
    [InlineData("Profit rose in the third quarter as sales grew.", "the third quarter", "2016-Q3")]
    [InlineData("Third-quarter profit rose as sales grew.", "Third-quarter", "2016-Q3")]
    [InlineData("Profit rose in the fourth quarter of 2015 as sales grew.", "the fourth quarter of 2015", "2015-Q4")]
    [InlineData("The bridge was finished in spring 2016 on budget.", "spring 2016", "2016-SP")]
    [InlineData("Shops expect crowds at Christmas this time.", "Christmas", "2016-12-25")]
    [InlineData("The bond matures on Nov. 3 as planned.", "Nov. 3", "2016-11-03")]
    [InlineData("The company was founded in the mid-1990s by two friends.", "the mid-1990s", "199")]
    [InlineData("The vote is due by the end of 2017, officials said.", "the end of 2017", "2017")]
    [InlineData("Results for the first half of 2016 were weak.", "the first half of 2016", "2016-H1")]
    [InlineData("Rebels held the town in nineteen ninety-six for a time.", "nineteen ninety-six", "1996")]
    [InlineData("Rebels held the town in January nineteen ninety-seven for a time.", "January nineteen ninety-seven", "1997-01")]
    [InlineData("Rebels held the town in the winter of nineteen ninety-four for a time.", "the winter of nineteen ninety-four", "1994-WI")]
    [InlineData("Sales rose in the current fiscal year as costs fell.", "the current fiscal year", "2016")]
    [InlineData("He called it the defining idea of the 20th century in print.", "the 20th century", "19")]
    public void Absolute_dates(string sentence, string text, string value) =>
        AssertSingle(sentence, text, TemporalType.Date, value, text.StartsWith("the mid", StringComparison.Ordinal) ? "MID" : text.StartsWith("the end", StringComparison.Ordinal) ? "END" : null);

    [Theory]
    [InlineData("Officials met Tuesday in Paris.", "Tuesday", "2016-10-25")]
    [InlineData("Officials met Monday in Paris.", "Monday", "2016-10-24")]
    [InlineData("Officials met on Wednesday in Paris.", "Wednesday", "2016-10-19")]
    [InlineData("Officials will meet Wednesday in Paris.", "Wednesday", "2016-10-26")]
    [InlineData("Officials met last Tuesday in Paris.", "last Tuesday", "2016-10-18")]
    [InlineData("Officials meet next Monday in Paris.", "next Monday", "2016-10-31")]
    [InlineData("Officials met yesterday in Paris.", "yesterday", "2016-10-24")]
    [InlineData("Officials meet tomorrow in Paris.", "tomorrow", "2016-10-26")]
    [InlineData("Officials met today in Paris.", "today", "2016-10-25")]
    [InlineData("Officials met this week in Paris.", "this week", "2016-W43")]
    [InlineData("Officials met last week in Paris.", "last week", "2016-W42")]
    [InlineData("Officials meet next month in Paris.", "next month", "2016-11")]
    [InlineData("Officials met last year in Paris.", "last year", "2015")]
    [InlineData("Officials met two weeks ago in Paris.", "two weeks ago", "2016-W41")]
    [InlineData("Officials met three years ago in Paris.", "three years ago", "2013")]
    [InlineData("Officials met a week or so ago in Paris.", "a week or so ago", "2016-W42")]
    [InlineData("They debated the future of the plan and will act in the near future.", "the near future", "FUTURE_REF")]
    [InlineData("Officials met earlier this year in Paris.", "earlier this year", "2016")]
    [InlineData("Officials met earlier this week in Paris.", "this week", "2016-W43")]
    [InlineData("Officials met earlier Monday in Paris.", "Monday", "2016-10-24")]
    [InlineData("Officials met last fall in Paris.", "last fall", "2015-FA")]
    [InlineData("The offer had been scheduled to expire Friday, the firm said.", "Friday", "2016-10-21")]
    [InlineData("Officials met last May in Paris.", "last May", "2016-05")]
    [InlineData("Officials meet in January in Paris.", "January", "2017-01")]
    [InlineData("Officials met in August in Paris.", "August", "2016-08")]
    [InlineData("Officials met on Monday, Oct. 24, in Paris.", "Monday, Oct. 24", "2016-10-24")]
    [InlineData("Officials said Friday's vote was close.", "Friday", "2016-10-21")]
    [InlineData("Officials met in the past year in Paris.", "the past year", "2015")]
    [InlineData("Officials signed the pact last February in Paris.", "last February", "2016-02")]
    [InlineData("Shares rose in the 1988 period, the firm said of its quarterly report.", "the 1988 period", "1988-Q3")]
    [InlineData("Profit rose 5% from a year earlier, helped by quarterly sales.", "a year earlier", "2015-Q3")]
    [InlineData("Wages rose 3% from a year earlier, officials said.", "a year earlier", "2015")]
    [InlineData("The dividend is payable Jan. 2 to holders.", "Jan. 2", "2017-01-02")]
    [InlineData("The chief steps down in January, the board said.", "January", "2017-01")]
    [InlineData("The chief was ousted in January after a scandal.", "January", "2016-01")]
    public void Relative_dates(string sentence, string text, string value) =>
        AssertSingle(sentence, text, TemporalType.Date, value);

    [Theory]
    [InlineData("Fighting resumed late Monday near the city.", "late Monday", "2016-10-24", "END")]
    [InlineData("Fighting resumed early Sunday near the city.", "early Sunday", "2016-10-23", "START")]
    [InlineData("Fighting resumed in late November near the city.", "late November", "2016-11", "END")]
    [InlineData("Fighting resumed in mid-September near the city.", "mid-September", "2016-09", "MID")]
    public void Edge_modifiers(string sentence, string text, string value, string mod) =>
        AssertSingle(sentence, text, TemporalType.Date, value, mod);

    [Theory]
    [InlineData("Troops have been there for the past week.", "the past week", "P1W", null)]
    [InlineData("Troops struck 35 targets in the past 90 days.", "the past 90 days", "P90D", null)]
    [InlineData("No attacks occurred in the last 24 hours, they said.", "the last 24 hours", "PT24H", null)]
    [InlineData("The campaign could take weeks or months to finish.", "weeks or months", "PXW", null)]
    [InlineData("Aid could arrive in days, they said.", "days", "PXD", null)]
    [InlineData("The siege has lasted 90 days so far.", "90 days", "P90D", null)]
    [InlineData("The siege has lasted more than a decade so far.", "more than a decade", "P10Y", "MORE_THAN")]
    [InlineData("The siege has lasted nearly two years so far.", "nearly two years", "P2Y", "LESS_THAN")]
    [InlineData("The siege has lasted at least 10 days so far.", "at least 10 days", "P10D", "EQUAL_OR_MORE")]
    [InlineData("The siege has lasted several months so far.", "several months", "PXM", null)]
    [InlineData("The siege has lasted a few hours so far.", "a few hours", "PTXH", null)]
    [InlineData("They signed a three-year contract with the club.", "three-year", "P3Y", null)]
    [InlineData("They ended the 2-month-old truce with the rebels.", "2-month-old", "P2M", null)]
    [InlineData("They held talks for the first nine months of the war.", "the first nine months", "P9M", null)]
    [InlineData("They held talks over the next two weeks at the base.", "the next two weeks", "P2W", null)]
    [InlineData("They held talks for twenty-four hours at the base.", "twenty-four hours", "PT24H", null)]
    [InlineData("They lived in the camps for 2 1/2 years before returning.", "2 1/2 years", "P2Y6M", null)]
    [InlineData("Results for the year ended then were weak, the firm said.", "the year", "P1Y", null)]
    [InlineData("Wars marked much of this century, historians say.", "this century", "P100Y", null)]
    [InlineData("Prices held for about five hours before falling.", "five hours", "PT5H", "APPROX")]
    [InlineData("A deal could come within 18 months, officials said.", "18 months", "P18M", "LESS_THAN")]
    public void Durations(string sentence, string text, string value, string? mod) =>
        AssertSingle(sentence, text, TemporalType.Duration, value, mod);

    [Theory]
    [InlineData("The market is now open to all.", "now", "PRESENT_REF")]
    [InlineData("The market is currently open to all.", "currently", "PRESENT_REF")]
    [InlineData("The market was recently opened to all.", "recently", "PAST_REF")]
    [InlineData("The market was open to all in the past, traders said.", "the past", "PAST_REF")]
    [InlineData("The market will open to all in the near future, traders said.", "the near future", "FUTURE_REF")]
    [InlineData("The market will open to all sometime in the near future.", "sometime in the near future", "FUTURE_REF")]
    [InlineData("The market will open soon, traders said.", "soon", "FUTURE_REF")]
    [InlineData("Prices fell in recent years across the region.", "recent years", "PAST_REF")]
    [InlineData("The outlook for the near term is weak, traders said.", "the near term", "FUTURE_REF")]
    public void References(string sentence, string text, string value) =>
        AssertSingle(sentence, text, TemporalType.Date, value);

    [Theory]
    [InlineData("The ferry leaves at 8:30 a.m. from the pier.", "8:30 a.m.", "2016-10-25T08:30")]
    [InlineData("The ferry leaves at 9 p.m. EST from the pier.", "9 p.m. EST", "2016-10-25T21:00")]
    [InlineData("The ferry left at 7 a.m. Monday from the pier.", "7 a.m. Monday", "2016-10-24T07:00")]
    [InlineData("The ferry leaves at noon from the pier.", "noon", "2016-10-25T12:00")]
    [InlineData("The ferry leaves tonight from the pier.", "tonight", "2016-10-25TNI")]
    [InlineData("The ferry left this morning from the pier.", "this morning", "2016-10-25TMO")]
    [InlineData("The ferry left last night from the pier.", "last night", "2016-10-24TNI")]
    [InlineData("The ferry left Sunday night from the pier.", "Sunday night", "2016-10-23TNI")]
    [InlineData("The ferry leaves at 14:30 GMT from the pier.", "14:30 GMT", "2016-10-25T14:30")]
    [InlineData("Shares were up 3.4% by 1030 GMT in Frankfurt.", "1030 GMT", "2016-10-25T10:30")]
    [InlineData("The ferry leaves at 0800 EST from the pier.", "0800 EST", "2016-10-25T08:00")]
    [InlineData("Shares in the ferry firm rose by 0800 EST.", "0800 EST", "2016-10-25T08:00")]
    public void Times(string sentence, string text, string value) =>
        AssertSingle(sentence, text, TemporalType.Time, value);

    [Fact]
    public void ARangeOfFourDigitTimesSharesItsZoneAndDay()
    {
        // from 1130 to 1215 GMT on Wednesday: the first time is a time too (no year 1130), of the range's day.
        const string text = "The match will be shown from 1130 to 1215 GMT on Wednesday.";
        string[] found = [.. Find(text).Select(d => $"{d.Text}={d.Value}")];
        Assert.Equal(["1130=2016-10-26T11:30", "1215 GMT=2016-10-26T12:15", "Wednesday=2016-10-26"], found);
    }

    [Fact]
    public void AYearBeforeAZoneAfterInStaysAYear() =>
        AssertSingle("The firm was founded in 1998 GMT style.", "1998", TemporalType.Date, "1998");

    [Theory]
    // A time with "on" and a day: the time is of that day, and the day keeps its own expression.
    [InlineData("Police were called at 3 p.m. on Sunday to the pier.", "3 p.m.", "2016-10-23T15:00", "Sunday", "2016-10-23")]
    [InlineData("The shops open at noon on Saturday near the pier.", "noon", "2016-10-22T12:00", "Saturday", "2016-10-22")]
    [InlineData("The ferry sank at 9:30 p.m. on Oct. 3 near the pier.", "9:30 p.m.", "2016-10-03T21:30", "Oct. 3", "2016-10-03")]
    public void TimesOnADay(string sentence, string time, string timeValue, string day, string dayValue)
    {
        var found = Find(sentence);
        Assert.Equal(2, found.Count);
        Assert.Equal((time, sentence.IndexOf(time, StringComparison.Ordinal), TemporalType.Time, timeValue),
            (found[0].Text, found[0].Start, found[0].Type, found[0].Value));
        Assert.Equal((day, sentence.IndexOf(day, StringComparison.Ordinal), TemporalType.Date, dayValue),
            (found[1].Text, found[1].Start, found[1].Type, found[1].Value));
    }

    [Theory]
    [InlineData("The council meets every Tuesday in the hall.", "every Tuesday", "XXXX-WXX-2")]
    [InlineData("The council meets on Tuesdays in the hall.", "Tuesdays", "XXXX-WXX-2")]
    [InlineData("The council meets weekly in the hall.", "weekly", "P1W")]
    [InlineData("The council meets annually in the hall.", "annually", "P1Y")]
    [InlineData("The council meets daily in the hall.", "daily", "P1D")]
    [InlineData("The council meets each year in the hall.", "each year", "P1Y")]
    [InlineData("The council meets every two weeks in the hall.", "every two weeks", "P2W")]
    [InlineData("The council meets each July in the hall.", "each July", "XXXX-07")]
    public void Sets(string sentence, string text, string value) =>
        AssertSingle(sentence, text, TemporalType.Set, value);

    [Theory]
    [InlineData("Officials met Tuesday in Paris.", "Tuesday", TemporalType.Date, "XXXX-WXX-2")]
    [InlineData("Officials met yesterday in Paris.", "yesterday", TemporalType.Date, "XXXX-XX-XX")]
    [InlineData("Officials met this week in Paris.", "this week", TemporalType.Date, "XXXX-WXX")]
    [InlineData("Officials met last year in Paris.", "last year", TemporalType.Date, "XXXX")]
    [InlineData("Officials met on Oct. 24 in Paris.", "Oct. 24", TemporalType.Date, "XXXX-10-24")]
    [InlineData("Officials met in the third quarter in Paris.", "the third quarter", TemporalType.Date, "XXXX-Q3")]
    [InlineData("Officials met on Oct. 24, 2016, in Paris.", "Oct. 24, 2016", TemporalType.Date, "2016-10-24")]
    public void Without_a_publication_date_unknown_parts_stay_X(string sentence, string text, TemporalType type, string value) =>
        AssertSingle(sentence, text, type, value, withDate: false);

    [Theory]
    [InlineData("Ranges are two mentions: from 2010 to 2014.", new[] { "2010", "2014" }, new[] { "2010", "2014" })]
    [InlineData("Talks ran between March and May last spring.", new[] { "March", "May", "last spring" }, new[] { "2016-03", "2016-05", "2016-SP" })]
    public void Ranges_are_two_mentions(string sentence, string[] texts, string[] values)
    {
        IReadOnlyList<TemporalExpression> found = Find(sentence);
        Assert.Equal(texts, found.Select(d => d.Text).ToArray());
        Assert.Equal(values, found.Select(d => d.Value).ToArray());
    }

    [Theory]
    [InlineData("He joined in 2011, and the following year he left.", new[] { "2011", "the following year" }, new[] { "2011", "2012" })]
    [InlineData("The firm was sold in May 2015. The following month, its chief quit.", new[] { "May 2015", "The following month" }, new[] { "2015-05", "2015-06" })]
    [InlineData("Shares fell on Oct. 14, 2016, from the previous Friday.", new[] { "Oct. 14, 2016", "the previous Friday" }, new[] { "2016-10-14", "2016-10-07" })]
    [InlineData("The strike began on March 3, 2014, and ended the following day.", new[] { "March 3, 2014", "the following day" }, new[] { "2014-03-03", "2014-03-04" })]
    [InlineData("The blast hit on Friday. It came at 10:35 a.m. near the station.", new[] { "Friday", "10:35 a.m." }, new[] { "2016-10-21", "2016-10-21T10:35" })]
    [InlineData("Leaders meet in Paris on April 24 and 25 to sign it.", new[] { "April 24", "25" }, new[] { "2016-04-24", "2016-04-25" })]
    [InlineData("Sales rose on April 24 and 25 stores closed.", new[] { "April 24" }, new[] { "2016-04-24" })]
    [InlineData("Without an earlier date, the following year comes after this one.", new[] { "the following year" }, new[] { "2017" })]
    [InlineData("The plant closed in 2009, and imports that year fell.", new[] { "2009", "that year" }, new[] { "2009", "2009" })]
    [InlineData("He fled in June 2012 and came back later that year.", new[] { "June 2012", "later that year" }, new[] { "2012-06", "2012" })]
    [InlineData("The ship sank on May 4, 2010. Earlier that day, the crew had called.", new[] { "May 4, 2010", "Earlier that day" }, new[] { "2010-05-04", "2010-05-04" })]
    [InlineData("The site went down on Oct. 3, 2015, and was restored that same day.", new[] { "Oct. 3, 2015", "that same day" }, new[] { "2015-10-03", "2015-10-03" })]
    [InlineData("Without an earlier date, that year means nothing.", new string[0], new string[0])]
    [InlineData("Net fell to $3 million in the third quarter from $5 million in the corresponding period last year.", new[] { "the third quarter", "the corresponding period last year" }, new[] { "2016-Q3", "2015-Q3" })]
    [InlineData("Third-quarter sales fell; sales for last year's quarter were higher.", new[] { "Third-quarter", "last year's quarter" }, new[] { "2016-Q3", "2015-Q3" })]
    [InlineData("New flights leave on Monday and Tuesday nights from the coast.", new[] { "Monday", "Tuesday nights" }, new[] { "XXXX-WXX-1TNI", "XXXX-WXX-2TNI" })]
    [InlineData("Hate crimes fell through the nineties and rose in the early sixties.", new[] { "the nineties", "the early sixties" }, new[] { "199", "196" })]
    [InlineData("The old man, now in his sixties, said so.", new[] { "now" }, new[] { "PRESENT_REF" })]
    [InlineData("The bank pays interest every quarter after several quarters of losses. Three quarters of voters agreed.", new[] { "every quarter", "several quarters" }, new[] { "P1Q", "PXQ" })]
    [InlineData("They will live without power for a while, while crews work.", new[] { "a while" }, new[] { "PXX" })]
    [InlineData("The mayor spoke.\n\n``Today, we have a suspect,'' she said.", new[] { "Today" }, new[] { "2016-10-25" })]
    public void Anchored_expressions_follow_the_date_last_mentioned(string sentence, string[] texts, string[] values)
    {
        IReadOnlyList<TemporalExpression> found = Find(sentence);
        Assert.Equal(texts, found.Select(d => d.Text).ToArray());
        Assert.Equal(values, found.Select(d => d.Value).ToArray());
    }

    [Theory]
    [InlineData("A bomb went off next to the embassy on Friday.", "Friday", TemporalType.Date, "2016-10-21")]
    [InlineData("The new rate will be effective June 1.", "June 1", TemporalType.Date, "2017-06-01")]
    [InlineData("In January, the company brought in a new chief.", "January", TemporalType.Date, "2016-01")]
    [InlineData("They resigned as chairman, president and chief executive in March.", "March", TemporalType.Date, "2016-03")]
    [InlineData("The bank will extend the loan through January.", "January", TemporalType.Date, "2017-01")]
    [InlineData("Officials gave the family until 9 a.m. Monday to answer.", "9 a.m. Monday", TemporalType.Time, "2016-10-31T09:00")]
    [InlineData("The judge has postponed the hearing until Monday.", "Monday", TemporalType.Date, "2016-10-31")]
    [InlineData("Until Monday, police had called him only a witness.", "Monday", TemporalType.Date, "2016-10-24")]
    [InlineData("His son said he would be traveling Thursday with his wife.", "Thursday", TemporalType.Date, "2016-10-27")]
    [InlineData("Talks will resume. Monday, officials said they had agreed.", "Monday", TemporalType.Date, "2016-10-24")]
    [InlineData("Prices fell. On Thursday, the league plans to hold a news conference.", "Thursday", TemporalType.Date, "2016-10-27")]
    [InlineData("Prices fell. On Thursday, when he set aside vacation plans, the league met.", "Thursday", TemporalType.Date, "2016-10-20")]
    [InlineData("The agency extended its deadline until 9 a.m. EST Monday.", "9 a.m. EST Monday", TemporalType.Time, "2016-10-31T09:00")]
    [InlineData("She will command the shuttle crew on its long flight to the station in March.", "March", TemporalType.Date, "2017-03")]
    [InlineData("The deal should close by year-end.", "year-end", TemporalType.Date, "2016-12-31")]
    [InlineData("He promised jobs for all by the year two thousand.", "the year two thousand", TemporalType.Date, "2000")]
    [InlineData("A pilot called a minute and a half later.", "a minute and a half", TemporalType.Duration, "PT1M30S")]
    [InlineData("The trip took two hours and a half in all.", "two hours and a half", TemporalType.Duration, "PT2H30M")]
    public void Tense_and_wording_settle_the_value(string sentence, string text, TemporalType type, string value) =>
        AssertSingle(sentence, text, type, value);

    [Theory]
    [InlineData("You may leave whenever you like.")]
    [InlineData("May I ask a question?")]
    [InlineData("Protesters planned a march through the city.")]
    [InlineData("The Sunday Times reported the story.")]
    [InlineData("She finished the second of three races.")]
    [InlineData("The area covers 1,280 square km.")]
    [InlineData("He bought milk at a 7-Eleven store.")]
    [InlineData("The 50-year-old was arrested.")]
    [InlineData("He is 50 years old and lives alone.")]
    [InlineData("The home side won 24-17 at the stadium.")]
    [InlineData("Call 555-2016 for tickets.")]
    [InlineData("He upgraded to Windows 2000 at work.")]
    [InlineData("The firm hired 2000 people at the plant.")]
    [InlineData("The price rose to $2015 per ounce.")]
    [InlineData("Inflation hit 2016 percent at the peak.")]
    [InlineData("April Ross won the match.")]
    [InlineData("Version 2.1 of the app was released.")]
    [InlineData("A quarter of the voters stayed home.")]
    [InlineData("The fall of the empire was swift.")]
    [InlineData("Their 6-month-old son was unhurt.")]
    [InlineData("The company cut its quarterly dividend.")]
    [InlineData("Average daily volume was 133 million shares.")]
    [InlineData("The airline adds four flights a week on the route.")]
    [InlineData("The story ran in USA Today first.")]
    [InlineData("He was soon released from custody.")]
    [InlineData("Young people in today's world want more.")]
    [InlineData("The blasts went off minutes apart downtown.")]
    [InlineData("The troops will stay for the foreseeable future.")]
    [InlineData("Three quarters of the voters stayed home.")]
    [InlineData("It costs three quarters billion dollars.")]
    public void Traps_give_nothing(string sentence) => Assert.Empty(Find(sentence));

    [Fact]
    public void The_demo_article_dates_are_exact()
    {
        (string Text, int Start, TemporalType Type, string Value, string? Mod)[] expected =
        [
            ("Tuesday", 40, TemporalType.Date, "2016-10-25", null),
            ("weeks or months", 1006, TemporalType.Duration, "PXW", null),
            ("sometime in the near future", 1499, TemporalType.Date, "FUTURE_REF", null),
            ("the past 90 days", 1941, TemporalType.Duration, "P90D", null),
            ("Tuesday", 2282, TemporalType.Date, "2016-10-25", null),
            ("last Tuesday", 2550, TemporalType.Date, "2016-10-18", null),
            ("Saturday", 2885, TemporalType.Date, "2016-10-22", null),
            ("the past week", 3218, TemporalType.Duration, "P1W", null),
            ("late Monday", 3303, TemporalType.Date, "2016-10-24", "END"),
            ("the last 24 hours", 3634, TemporalType.Duration, "PT24H", null),
            ("2-month-old", 3668, TemporalType.Duration, "P2M", null),
            ("days", 3816, TemporalType.Duration, "PXD", null),
        ];
        IReadOnlyList<TemporalExpression> found = Analyzer.Analyze(Byline.Cli.CliApp.DemoArticle()).Dates;
        Assert.Equal(expected, found.Select(d => (d.Text, d.Start, d.Type, d.Value, d.Mod)).ToArray());
    }

    [Fact]
    public void Options_can_leave_out_references_durations_and_sets()
    {
        var analyzer = new ArticleAnalyzer([new DatesExtractor(new DatesExtractorOptions { IncludeReferences = false, IncludeDurations = false, IncludeSets = false })]);
        IReadOnlyList<TemporalExpression> found = analyzer.Analyze(new Article("Now, for 90 days, we meet weekly on Tuesday.", Published)).Dates;
        TemporalExpression d = Assert.Single(found);
        Assert.Equal("Tuesday", d.Text);
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("0001-01-01")]
    public void Extreme_publication_dates_never_throw(string published)
    {
        var article = new Article("Next year, 999999999 days ago, last Christmas, this week, next month, Tuesday.", DateTimeOffset.Parse(published + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotEmpty(Analyzer.Analyze(article).Dates);
    }

    [Theory]
    [InlineData("2016-02-10", "Officials met last fall in Paris.", "2015-FA")]
    [InlineData("2016-02-10", "Officials meet this spring in Paris.", "2016-SP")]
    [InlineData("2016-07-10", "Officials met last winter in Paris.", "2015-WI")]
    public void Seasons_resolve_against_the_season_of_publication(string published, string sentence, string value)
    {
        var article = new Article(sentence, DateTimeOffset.Parse(published + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(value, Assert.Single(Analyzer.Analyze(article).Dates).Value);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Hostile_input_never_throws_and_offsets_stay_inside(int seed)
    {
        var random = new Random(seed);
        const string alphabet = "Tuesday May 2016 1990s the past 90 days - / : , . ' \u2019 a.m. noon \uD800 \u0001 \n last next quarter third-quarter 10/25/2016 ";
        var chars = new char[20_000];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = alphabet[random.Next(alphabet.Length)];
        }

        string text = new(chars);
        foreach (bool withDate in new[] { true, false })
        {
            foreach (TemporalExpression d in Find(text, withDate))
            {
                Assert.InRange(d.Start, 0, text.Length - 1);
                Assert.InRange(d.Start + d.Length, d.Start + 1, text.Length);
                Assert.Equal(text.Substring(d.Start, d.Length), d.Text);
            }
        }

        Assert.Empty(Find(new string('9', 1_000_000)));
    }
}
