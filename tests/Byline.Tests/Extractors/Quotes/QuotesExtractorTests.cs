using Byline.Extractors.Quotes;

namespace Byline.Tests.Extractors.Quotes;

public class QuotesExtractorTests
{
    private static readonly ArticleAnalyzer Analyzer = new([new QuotesExtractor()]);

    private static IReadOnlyList<Quote> Quotes(string text) => Analyzer.Analyze(new Article(text)).Quotes;

    /// <summary>
    /// The one quote found in <paramref name="text"/>, checked for its kind (when given), its words at their offset, its
    /// speaker's name and its cue (when given).
    /// </summary>
    private static Quote AssertSingle(string text, QuoteKind? kind, string content, string? speaker, string? cue = null)
    {
        Quote q = Single(text);
        if (kind is { } k)
        {
            Assert.Equal(k, q.Kind);
        }

        Assert.Equal(content, q.Text);
        Assert.Equal(text.IndexOf(content, StringComparison.Ordinal), q.Start);
        Assert.Equal(speaker, q.Speaker?.Name);
        if (cue is not null)
        {
            Assert.Equal(cue, q.Cue?.Text);
        }

        return q;
    }

    private static Quote Single(string text)
    {
        IReadOnlyList<Quote> quotes = Quotes(text);
        Assert.Single(quotes);
        return quotes[0];
    }

    private static string Kind(QuoteKind k) => k switch { QuoteKind.Direct => "direct", QuoteKind.Indirect => "indirect", _ => "mixed" };

    // ---- the bundled sample article -------------------------------------------------------------

    [Fact]
    public void SampleArticle_EveryQuoteWithItsSpeaker()
    {
        Article article = Byline.Cli.CliApp.DemoArticle();
        IReadOnlyList<Quote> quotes = Analyzer.Analyze(article).Quotes;
        string[] expected =
        [
            "indirect|United States|it would “overlap” with an already unfolding assault in Iraq to seize the city of Mosul",
            "indirect|Ash Carter|preparations were on track",
            "direct|Ash Carter|Yes, there will be overlap [in the Mosul and Raqqa campaigns] and that’s part of our plan and we are prepared for that,",
            "indirect|Jean-Yves Le Drian|preparations were on schedule",
            "indirect|U.S. officials|the Mosul campaign could take weeks or months, giving military planners time if they want both campaigns to run concurrently at some point",
            "indirect|senior U.S. military official|the Raqqa kickoff would likely follow some additional successes in Mosul",
            "indirect|senior U.S. military official|military planners would seek to avoid overstretching U.S.-led coalition assistance, which includes airstrikes",
            "direct|senior U.S. military official|I think everything is trending positively, [and] that we should be able to commence that effort sometime in the near future,",
            "indirect|U.S. officials|Arab forces are expected to be the ones to take the city itself",
            "indirect|Francois Hollande|the offensive on Mosul could trigger an outflow of foreign fighters – a concern for European nations wary of attacks by Daesh militants returning from Iraq and Syria",
            "indirect|Ash Carter|more than 35 Daesh commanders were targeted by the coalition in the past 90 days",
            "indirect|U.S. military official|most of Daesh’s external plots are still likely being hatched from Raqqa, as opposed to Mosul",
            "indirect|Francois Hollande|the coalition needed to watch out for flows of Daesh fighters from one besieged city to another",
            "indirect|Russia|it would extend a moratorium on airstrikes on the city into a ninth day",
            "indirect|Igor Konashenkov|Russian and Syrian planes had not even approached, let alone bombed, the devastated city since last Tuesday when Russia suspended airstrikes ahead of a pause in hostilities",
            "indirect|Sergei Rudskoi|that meant Russian and Syrian planes would continue to stay out of a 10-km zone around Aleppo",
            "indirect|Syrian Observatory for Human Rights|airstrikes had resumed since the lull in fighting ended Saturday, focusing on major front lines, including in the city’s southwest",
            "indirect|Syrian Observatory for Human Rights|There had been no civilian deaths from airstrikes inside eastern Aleppo",
            "indirect|Ibrahim Abu al-Laith|airstrikes and shelling had hit the rebel-held half of the city near front lines in the past week",
            "indirect|Sergei Rudskoi|around 50 women and children had managed to leave Aleppo late Monday despite the dangers and were escorted by Russian military officers",
            "indirect|Sergei Rudskoi|Russia was ready to help broker further cease-fires to allow wounded civilians to be evacuated",
            "indirect|Turkish army|Turkish-backed rebel forces in northern Syria have gained control of three areas – Tuways, Al-Gharz and Tlatinah south of Akhtarin – in the last 24 hours as they press a 2-month-old operation to drive Daesh and Kurdish militias from the border",
        ];
        var actual = new List<string>();
        foreach (Quote q in quotes)
        {
            actual.Add($"{Kind(q.Kind)}|{q.Speaker?.Name}|{q.Text}");
            Assert.Equal(q.Text, article.Text.Substring(q.Start, q.Length));
        }

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void SampleArticle_CarterIsResolvedWithHisTitle()
    {
        Article article = Byline.Cli.CliApp.DemoArticle();
        Quote q = Analyzer.Analyze(article).Quotes[2];
        Assert.Equal(new Speaker("Ash Carter", "Carter", article.Text.IndexOf("” Carter said", StringComparison.Ordinal) + 2, 6, "Defense Secretary"), q.Speaker);
        Assert.Equal("said", q.Cue?.Text);
    }

    // ---- direct quotes in every mark ------------------------------------------------------------

    [Theory]
    [InlineData("\"We will rebuild the bridge,\" Mayor Ann Ortiz said.", "We will rebuild the bridge,", "Ann Ortiz")]
    [InlineData("“We will rebuild the bridge,” Mayor Ann Ortiz said.", "We will rebuild the bridge,", "Ann Ortiz")]
    [InlineData("‘We will rebuild the bridge,’ Mayor Ann Ortiz said.", "We will rebuild the bridge,", "Ann Ortiz")]
    [InlineData("'We will rebuild the bridge,' Mayor Ann Ortiz said.", "We will rebuild the bridge,", "Ann Ortiz")]
    [InlineData("«We will rebuild the bridge», Mayor Ann Ortiz said.", "We will rebuild the bridge", "Ann Ortiz")]
    [InlineData("''We will rebuild the bridge,'' Mayor Ann Ortiz said.", "We will rebuild the bridge,", "Ann Ortiz")]
    [InlineData("„We will rebuild the bridge“, Mayor Ann Ortiz said.", "We will rebuild the bridge", "Ann Ortiz")]
    [InlineData("Mayor Ann Ortiz said: “We will rebuild the bridge.”", "We will rebuild the bridge.", "Ann Ortiz")]
    [InlineData("“We will rebuild the bridge,” said Mayor Ann Ortiz.", "We will rebuild the bridge,", "Ann Ortiz")]
    public void DirectQuote_InAnyMark(string text, string quote, string speaker)
    {
        Quote q = AssertSingle(text, QuoteKind.Direct, quote, speaker);
        Assert.Equal("Mayor", q.Speaker?.Role);
    }

    [Fact]
    public void DirectQuote_SpanningParagraphs_IsOneQuote()
    {
        string text = "Ortiz spoke at length.\n“The bridge is old.\n“It will be rebuilt by spring,” Ortiz said.";
        Quote q = Single(text);
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal(24, q.Start);
        Assert.Equal("The bridge is old.\n“It will be rebuilt by spring,", q.Text);
        Assert.Equal("Ortiz", q.Speaker?.Name);
    }

    [Theory]
    [InlineData("“We will rebuild,” Mayor Ann Ortiz said. “The bridge opens in May.”", "We will rebuild,", "The bridge opens in May.", "said", "Ann Ortiz")]
    [InlineData("\"We will rebuild,\" said Ann Ortiz, the mayor. \"It opens in May.\"", "We will rebuild,", "It opens in May.", "said", "Ann Ortiz")]
    [InlineData("“If the money comes,” she told reporters, “the bridge opens in May.”", "If the money comes,", "the bridge opens in May.", "told reporters", null)]
    [InlineData("''We will rebuild,'' Ann Ortiz said. ''It opens in May.''", "We will rebuild,", "It opens in May.", "said", "Ann Ortiz")]
    [InlineData("“We will rebuild,” said Sen. Ann Ortiz (D-N.M.), head of the panel. “It opens in May.”", "We will rebuild,", "It opens in May.", "said", "Ann Ortiz")]
    [InlineData("“We will rebuild,” Ann Ortiz said on “Meet the Mayor.” “It opens in May.”", "We will rebuild,", "It opens in May.", "said", "Ann Ortiz")]
    public void DirectQuote_InterruptedByItsAttribution_IsOneQuoteInParts(string text, string first, string second, string cue, string? speaker)
    {
        // One utterance: the span runs from the first quoted word to the last, the parts keep each stretch's exact offsets,
        // and the text is the quoted words only, so the attribution between the parts is in neither.
        Quote q = Single(text);
        Assert.Equal(QuoteKind.Direct, q.Kind);
        int firstStart = text.IndexOf(first, StringComparison.Ordinal);
        int secondStart = text.IndexOf(second, firstStart + first.Length, StringComparison.Ordinal);
        Assert.Equal(new[] { new QuotePart(firstStart, first.Length), new QuotePart(secondStart, second.Length) }, q.Parts.ToArray());
        Assert.Equal(firstStart, q.Start);
        Assert.Equal(secondStart + second.Length - firstStart, q.Length);
        Assert.Equal(first + " " + second, q.Text);
        Assert.Equal(cue, q.Cue?.Text);
        Assert.Equal(speaker, q.Speaker?.Name);
    }

    [Fact]
    public void DirectQuote_WithItsOwnCue_StartsANewQuoteThatMayItselfBeBroken()
    {
        // “It opens in May,” she added: a new attribution, so a new quote; its continuation after "she added," is its second part.
        const string text = "“We will rebuild,” Ann Ortiz said. “It opens in May,” she added, “and it will carry trams.”";
        IReadOnlyList<Quote> quotes = Quotes(text);
        Assert.Equal(2, quotes.Count);
        Assert.Equal(["We will rebuild,"], quotes[0].Parts.Select(p => text.Substring(p.Start, p.Length)).ToArray());
        Assert.Equal(["It opens in May,", "and it will carry trams."], quotes[1].Parts.Select(p => text.Substring(p.Start, p.Length)).ToArray());
        Assert.Equal("It opens in May, and it will carry trams.", quotes[1].Text);
        Assert.Equal("added", quotes[1].Cue?.Text);
        Assert.All(quotes, q => Assert.Equal("Ann Ortiz", q.Speaker?.Name));
    }

    [Fact]
    public void QuoteInOnePiece_HasOnePartEqualToItsSpan()
    {
        const string text = "“We will rebuild,” Ann Ortiz said.";
        Quote q = Single(text);
        Assert.Equal(new[] { new QuotePart(q.Start, q.Length) }, q.Parts.ToArray());
        Assert.Equal(text.Substring(q.Start, q.Length), q.Text);
    }

    [Theory]
    [InlineData("“We will rebuild,” Ann Ortiz said. “No,” her rival replied.", 2)]
    [InlineData("“We will rebuild,” Ann Ortiz said.\n\n“It opens in May,” she added.", 2)]
    [InlineData("“We will rebuild,” Ann Ortiz said, adding: “It opens in May.”", 2)]
    public void DirectQuotes_WithTheirOwnAttribution_StaySeparate(string text, int count)
    {
        IReadOnlyList<Quote> quotes = Quotes(text);
        Assert.Equal(count, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(QuoteKind.Direct, q.Kind));
    }

    [Theory]
    [InlineData("In an interview on Channel Four's “Morning Edition,” Mayor Ann Ortiz said the bridge would reopen.", "the bridge would reopen")]
    [InlineData("Speaking on “Face the Voters,” Ann Ortiz said the bridge would reopen.", "the bridge would reopen")]
    [InlineData("Writing in “The Northern Review,” Ann Ortiz said the bridge would reopen.", "the bridge would reopen")]
    public void TitlesInQuoteMarks_AreNotSpeech(string text, string reported)
    {
        Quote q = Single(text);
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal(reported, q.Text);
        Assert.Equal("Ann Ortiz", q.Speaker?.Name);
    }

    [Theory]
    [InlineData("The mayor spoke for an hour.\n\n‘All Bets Are Off.’\n\nThe council met later.")]
    [InlineData("The mayor spoke for an hour.\n\n“A Bridge Too Far”\n\nThe council met later.")]
    public void TitleCasedQuoteAlone_IsAHeadlineNotSpeech(string text)
    {
        Assert.Empty(Quotes(text));
    }

    [Fact]
    public void DirectQuote_WithNestedQuote_KeepsTheInnerMarks()
    {
        Quote q = Single("“They called it ‘a miracle’ at the time,” the engineer said.");
        Assert.Equal("They called it ‘a miracle’ at the time,", q.Text);
        Assert.Equal("engineer", q.Speaker?.Name);
        Assert.Equal("the engineer", q.Speaker?.Text);
    }

    [Fact]
    public void DirectQuote_EditorialBracketsStayInside()
    {
        Quote q = Single("“We expect [the repairs] to end soon,” Ortiz said.");
        Assert.Equal("We expect [the repairs] to end soon,", q.Text);
    }

    [Theory]
    [InlineData("“It’s the city’s bridge and we don’t give up,” Ortiz said.", "It’s the city’s bridge and we don’t give up,")]
    [InlineData("'The voters' choice is clear,' Ortiz said.", "The voters' choice is clear,")]
    public void Apostrophes_AreNeverQuoteMarks(string text, string quote)
    {
        Assert.Equal(quote, Single(text).Text);
    }

    [Fact]
    public void QuestionInQuotes_IsStillAQuote()
    {
        Quote q = Single("“Who will pay for the bridge?” Ortiz asked.");
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("Who will pay for the bridge?", q.Text);
        Assert.Equal("asked", q.Cue?.Text);
    }

    [Fact]
    public void PartialQuoteInsideReportedSpeech_BelongsToTheClause()
    {
        Quote q = Single("The council said the plan would “overlap” with the new budget.");
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal("the plan would “overlap” with the new budget", q.Text);
    }

    [Fact]
    public void LongerQuotedFragmentInReportedSpeech_MakesItMixed()
    {
        Quote q = Single("Ortiz said the bridge was “older than anyone alive today” and unsafe.");
        Assert.Equal(QuoteKind.Mixed, q.Kind);
        Assert.Equal("the bridge was “older than anyone alive today” and unsafe", q.Text);
    }

    [Theory]
    [InlineData("Ortiz says that “when you build a bridge, you build it to last.”", "“when you build a bridge, you build it to last.”", 16)]
    [InlineData("Ortiz said that \"we have to do better.\"", "\"we have to do better.\"", 16)]
    public void ThatThenTheSpeakersOwnWords_IsAMixedQuote(string text, string content, int start)
    {
        // The quoted words are the whole clause after "that": neither a partial quote to drop nor a direct quote without a cue.
        Quote q = Single(text);
        Assert.Equal(QuoteKind.Mixed, q.Kind);
        Assert.Equal(content, q.Text);
        Assert.Equal(start, q.Start);
        Assert.Equal("Ortiz", q.Speaker?.Name);
        Assert.Equal(content.Length, q.Length);
    }

    [Fact]
    public void ParticipleAfterAQuotesClosingComma_StartsASecondQuote()
    {
        IReadOnlyList<Quote> quotes = Quotes("Ortiz said the bridge was “older than anyone alive today,” adding that the council would vote on Friday.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("the bridge was “older than anyone alive today,”", quotes[0].Text);
        Assert.Equal(QuoteKind.Mixed, quotes[0].Kind);
        Assert.Equal("the council would vote on Friday", quotes[1].Text);
        Assert.Equal(QuoteKind.Indirect, quotes[1].Kind);
        Assert.Equal("adding", quotes[1].Cue?.Text);
        Assert.Equal("Ortiz", quotes[1].Speaker?.Name);
    }

    [Theory]
    [InlineData("Ortiz pointed out that the bridge was older than the town.", "the bridge was older than the town", "pointed out")]
    [InlineData("Ortiz noted that Saturday would have been the bridge's hundredth birthday.", "Saturday would have been the bridge's hundredth birthday", "noted")]
    [InlineData("Ortiz changed her vote on the spot – saying the bridge could wait another year.", "the bridge could wait another year", "saying")]
    [InlineData("Ortiz voted against the plan, falsely suggesting that the bridge was safe.", "the bridge was safe", "suggesting")]
    public void ReportedClause_AfterAParticleOrAnInsertedWord(string text, string content, string cue)
    {
        AssertSingle(text, QuoteKind.Indirect, content, "Ortiz", cue);
    }

    [Theory]
    [InlineData("Tourism is at its highest since 1997, say researchers at the bank.", "Tourism is at its highest since 1997", "researchers")]
    [InlineData("The game appeals to casual players, said a panel of experts.", "The game appeals to casual players", "panel")]
    [InlineData("The bridge is safe, said a spokesman for the council.", "The bridge is safe", "spokesman")]
    [InlineData("The bridge is safe, said Ann Ortiz of the Gazette on Thursday.", "The bridge is safe", "Ann Ortiz")]
    [InlineData("The bridge is safe, says the head of the agency that inspected it.", "The bridge is safe", "head")]
    public void InvertedSpeakerWithAPhraseOfItsOwn_IsTheSpeakerNotTheQuote(string text, string content, string speaker)
    {
        AssertSingle(text, QuoteKind.Indirect, content, speaker);
    }

    [Theory]
    [InlineData("Ortiz has not yet said when the bridge will reopen.", "when the bridge will reopen", "said")]
    [InlineData("Ortiz has never announced when the bridge will reopen.", "when the bridge will reopen", "announced")]
    public void AdverbsBetweenSubjectAndVerb_KeepTheSubject(string text, string content, string cue)
    {
        AssertSingle(text, QuoteKind.Indirect, content, "Ortiz", cue);
    }

    [Theory]
    [InlineData("And on Thursday Ann Ortiz is saying: \"We will rebuild the bridge.\"")]
    [InlineData("Ann Ortiz was saying: \"We will rebuild the bridge.\"")]
    public void ProgressiveVerbBeforeAColon_SpeakerIsTheSubject(string text)
    {
        AssertSingle(text, QuoteKind.Direct, "We will rebuild the bridge.", "Ann Ortiz", "saying");
    }

    [Theory]
    [InlineData("But, Ortiz said, the bridge changed that perception.", "Ortiz said, the bridge changed that perception")]
    [InlineData("As a result, Ortiz says, the town is filled with small firms.", "As a result, Ortiz says, the town is filled with small firms")]
    public void AttributionInsideItsClause_ContentRunsOnAfterIt(string text, string content)
    {
        AssertSingle(text, QuoteKind.Indirect, content, "Ortiz");
    }

    [Theory]
    [InlineData("The film tells the story of a single mother living on the breadline.")]
    [InlineData("The show, which told the story of a poor man striking oil, ran until 1971.")]
    [InlineData("Plans to create a single agency for the bridges have been dropped.")]
    public void StoriesAndPlansAreNoSpeech(string text) => Assert.Empty(Quotes(text));

    [Fact]
    public void VerbInsideAQuotedPhrase_IsNoCue()
    {
        Assert.Empty(Quotes("The town must keep its bridges safe under \"constant attack\" from the river."));
        AssertSingle("Ortiz said the bridges were under \"constant attack\" from the river.", QuoteKind.Indirect,
            "the bridges were under \"constant attack\" from the river", "Ortiz", "said");
    }

    [Theory]
    [InlineData("A Department for Work and Pensions spokeswoman said: \"The bridge will reopen.\"", "The bridge will reopen.", "Department for Work and Pensions spokeswoman")]
    [InlineData("\"The bridge will reopen,\" said council founder and director Ann Ortiz.", "The bridge will reopen,", "Ann Ortiz")]
    [InlineData("\"The bridge will reopen,\" said chairman and chief executive officer Ann Ortiz.", "The bridge will reopen,", "Ann Ortiz")]
    public void SpeakerNamesJoinedByAnd_StayWhole(string text, string content, string speaker)
    {
        AssertSingle(text, QuoteKind.Direct, content, speaker);
    }

    [Theory]
    [InlineData("Some economists say this may allow the bridge to reopen.", "this may allow the bridge to reopen", "economists")]
    [InlineData("Opposition parties say the bridge will not reopen.", "the bridge will not reopen", "Opposition parties")]
    [InlineData("But opposition parties say the bridge will not reopen.", "the bridge will not reopen", "opposition parties")]
    [InlineData("Drug enforcement chiefs in the US have vowed to close the bridge.", "to close the bridge", "Drug enforcement chiefs")]
    [InlineData("Mayor Ann Ortiz told AP news agency that the bridge would reopen.", "the bridge would reopen", "Ann Ortiz")]
    public void GroupsListenersAndVerbsThatLookLikeMonths(string text, string content, string speaker)
    {
        AssertSingle(text, QuoteKind.Indirect, content, speaker);
    }

    [Theory]
    // Mr Hadi makes the last speaker a man: "she" is the woman an honorific named just before, or no one.
    [InlineData("\"The plan is dead,\" said union leader Radwan Hadi. Mr Hadi left early. Support is falling, observes Ms Alexander. \"It is a sell-off,\" she says.", "Alexander")]
    [InlineData("\"The plan is dead,\" said union leader Radwan Hadi. Mr Hadi left early. \"It is a sell-off,\" she says.", null)]
    [InlineData("\"The plan is dead,\" said union leader Radwan Hadi. Mr Hadi left early. \"It is a sell-off,\" he says.", "Radwan Hadi")]
    public void PronounsFollowTheGenderHonorificsGive(string text, string? speaker)
    {
        Quote q = Quotes(text).Single(x => x.Text == "It is a sell-off,");
        Assert.Equal(speaker, q.Speaker?.Name);
        Assert.Equal(text.IndexOf("It is a sell-off,", StringComparison.Ordinal), q.Start);
    }

    [Theory]
    [InlineData("Ortiz, a lawyer, said the head of the agency would resign.", "the head of the agency would resign")]
    [InlineData("Ortiz, the council's leader, said the head of the agency had resigned.", "the head of the agency had resigned")]
    public void ClauseOrRequestAfterTheVerb_StaysTheQuote(string text, string content)
    {
        AssertSingle(text, QuoteKind.Indirect, content, "Ortiz");
    }

    [Theory]
    [InlineData("\"Do you care about the river?\", implored campaigner Ann Ortiz.", "implored")]
    [InlineData("\"We will win,\" Ann Ortiz snapped.", "snapped")]
    public void VerbOfMannerAfterAQuote_AttributesIt(string text, string cue)
    {
        Quote q = Single(text);
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("Ann Ortiz", q.Speaker?.Name);
        Assert.Equal(cue, q.Cue?.Text);
    }

    [Fact]
    public void HavingSaidThat_IsNoAttribution()
    {
        Assert.Empty(Quotes("Having said that, the council will vote on the bridge on Friday."));
    }

    [Fact]
    public void InvertedAttributionWithALongName_IsNoReportedClause()
    {
        // "said" + a five-word name ends the sentence: the name is the speaker, the words before the comma are the quote.
        Quote q = Single("The plan is a problem, said Nottingham City Councillor Brian Parbutt.");
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal("The plan is a problem", q.Text);
        Assert.Equal(0, q.Start);
        Assert.Equal("Brian Parbutt", q.Speaker?.Name);
        Assert.Equal("Nottingham City Councillor", q.Speaker?.Role);
        Assert.Equal("said", q.Cue?.Text);
    }

    [Fact]
    public void ClauseAfterTheInvertedAttribution_IsNeitherAnAppositiveNorAQuote()
    {
        // ", and an estimated ..." is the article going on: not part of the speaker's mention, and "an estimated" is no speech verb.
        Quote q = Single("The episode was downloaded by 100,000 people, said the report, and an estimated 20,000 were in the UK.");
        Assert.Equal("The episode was downloaded by 100,000 people", q.Text);
        Assert.Equal("report", q.Speaker?.Name);
        Assert.Equal("the report", q.Speaker?.Text);
    }

    [Theory]
    [InlineData("The so-called “experts” met in the town hall on a rainy evening.")]
    [InlineData("The band played “Hey Jude” twice before the crowd left.")]
    // A title after "titled" or a work's noun names the work; nobody says it.
    [InlineData("The 30-second spot, titled “Arrogant,” features an old newspaper report.")]
    [InlineData("His new film, “The Long Road Home,” opens on Friday.")]
    // A capitalized verb inside a sentence is a word of a name or a title, no cue (but a headline in title case keeps its verbs).
    [InlineData("The new version of Do They Know It's Christmas has gone straight in at number one.")]
    [InlineData("He has started to recruit 25,000 Community Support Officers for the new force.")]
    // "If found guilty": a shortened condition, no finding reported.
    [InlineData("If found guilty, the former chief executive could face a long prison sentence.")]
    // "saw" for what happened to someone or something is no view.
    [InlineData("The carmaker saw its net profits fall 37% in the last quarter of the year.")]
    [InlineData("The 1921 tour saw honours shared in a three-Test series against the hosts.")]
    // "call" that names, cancels or phones: a tool called EdgeScape, the hospital called off its plan, free calls if ...
    [InlineData("The firm uses a web-based tool called EdgeScape that lets customers work out where visitors are.")]
    [InlineData("After the talks the hospital called off its plan until the spring.")]
    [InlineData("Customers get free telephone calls if they sign up to broadband in December.")]
    // "will see" for what an event or a plan brings about, and "see off": no view.
    [InlineData("The benefit show in Bristol will see Massive Attack and Portishead share a stage for the first time.")]
    [InlineData("City face a home tie if they can see off the holders in a replay next week.")]
    public void ScareQuotes_AreNotSpeech(string text)
    {
        Assert.Empty(Quotes(text));
    }

    [Fact]
    public void QuoteWithoutSpeaker_IsReportedWithNullSpeaker()
    {
        Quote q = Single("The storm hit at dawn.\n“Nobody expected water this high.”");
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Null(q.Speaker);
    }

    [Fact]
    public void UnbalancedQuote_StaysInItsParagraph()
    {
        string text = "He read “a note aloud to the crowd.\nOrtiz said the bridge would reopen in May.";
        IReadOnlyList<Quote> quotes = Quotes(text);
        Quote q = Assert.Single(quotes);
        Assert.Equal("the bridge would reopen in May", q.Text);
        Assert.Equal("Ortiz", q.Speaker?.Name);
    }

    // ---- reported speech ------------------------------------------------------------------------

    [Theory]
    [InlineData("Ortiz said the bridge would reopen in May.", "the bridge would reopen in May", "said")]
    [InlineData("Ortiz said that the bridge would reopen in May.", "the bridge would reopen in May", "said")]
    [InlineData("The bridge would reopen in May, Ortiz said.", "The bridge would reopen in May", "said")]
    [InlineData("The bridge would reopen in May, said Ortiz.", "The bridge would reopen in May", "said")]
    [InlineData("According to Ortiz, the bridge would reopen in May.", "the bridge would reopen in May", "According to")]
    [InlineData("The bridge would reopen in May, according to Ortiz.", "The bridge would reopen in May", "according to")]
    [InlineData("Ortiz told reporters the bridge would reopen in May.", "the bridge would reopen in May", "told reporters")]
    [InlineData("Ortiz warned that the bridge would reopen in May.", "the bridge would reopen in May", "warned")]
    [InlineData("Ortiz added the bridge would reopen in May.", "the bridge would reopen in May", "added")]
    [InlineData("Ortiz acknowledged the bridge would reopen in May.", "the bridge would reopen in May", "acknowledged")]
    [InlineData("Ortiz suggested the bridge would reopen in May.", "the bridge would reopen in May", "suggested")]
    [InlineData("Ortiz insisted the bridge would reopen in May.", "the bridge would reopen in May", "insisted")]
    [InlineData("Ortiz denied that the bridge would reopen in May.", "the bridge would reopen in May", "denied")]
    [InlineData("In a statement, Ortiz said the bridge would reopen in May.", "the bridge would reopen in May", "said")]
    [InlineData("Ortiz said in a statement that the bridge would reopen in May.", "the bridge would reopen in May", "said")]
    [InlineData("Ortiz said Tuesday the bridge would reopen in May.", "the bridge would reopen in May", "said")]
    [InlineData("Ortiz has said about 20 crews would rebuild the bridge.", "about 20 crews would rebuild the bridge", "said")]
    [InlineData("Ortiz says in Ohio that the bridge would reopen in May.", "the bridge would reopen in May", "says")]
    [InlineData("Ortiz said at a rally in Colorado Springs that the bridge would reopen in May.", "the bridge would reopen in May", "said")]
    [InlineData("Ortiz began by saying the bridge would reopen in May.", "the bridge would reopen in May", "saying")]
    [InlineData("Ortiz toured the site after saying that the bridge would reopen in May.", "the bridge would reopen in May", "saying")]
    public void ReportedSpeech_ContentIsTheReportedClause(string text, string content, string cue)
    {
        AssertSingle(text, QuoteKind.Indirect, content, "Ortiz", cue);
    }

    [Theory]
    // "according to X" inside the sentence closes the clause before it when ", and" goes on after it
    [InlineData("The bridge would reopen in May, according to Ortiz, and the trams would follow in June.", "The bridge would reopen in May", "according to")]
    // a subject of two (he and Lee) is the reported clause's own subject, not a second attribution
    [InlineData("Ortiz said he and Lee promised to rebuild the bridge.", "he and Lee promised to rebuild the bridge", "said")]
    public void ReportedSpeech_CoordinationInsideOrAfterTheClause(string text, string content, string cue)
    {
        AssertSingle(text, QuoteKind.Indirect, content, "Ortiz", cue);
    }

    [Theory]
    // A relative clause whose gap is the reported clause's subject: the words after the verb are what was said.
    [InlineData("The fire caused what Ortiz said was a loss of millions for the council.", "was a loss of millions for the council")]
    [InlineData("The fire exposed flaws, which Ortiz said were hidden for years by the council.", "were hidden for years by the council")]
    public void ReportedSpeech_InARelativeClauseWithAGap(string text, string content)
    {
        AssertSingle(text, QuoteKind.Indirect, content, "Ortiz", "said");
    }

    [Theory]
    [InlineData("The committee called the plan a disaster for the town.", "the plan a disaster for the town", "committee")]
    [InlineData("The senator calls it a plan that nobody can pay for.", "it a plan that nobody can pay for", "senator")]
    public void CalledWithAnObjectStillReports(string text, string content, string speaker)
    {
        AssertSingle(text, QuoteKind.Indirect, content, speaker, text.Contains("calls", StringComparison.Ordinal) ? "calls" : "called");
    }

    [Fact]
    public void YouCanSeeIsAView()
    {
        AssertSingle("You can see the minister is a man with a lot on his plate.", QuoteKind.Indirect, "the minister is a man with a lot on his plate", null, "see");
    }

    [Fact]
    public void SawWithAsIsAView()
    {
        AssertSingle("Some observers saw the comment as a dig at the military.", QuoteKind.Indirect, "the comment as a dig at the military", "observers", "saw");
    }

    [Fact]
    public void AHeadlineInTitleCaseKeepsItsVerbs()
    {
        AssertSingle("Ortiz Says The Bridge Will Reopen In May", QuoteKind.Indirect, "The Bridge Will Reopen In May", "Ortiz", "Says");
    }

    [Theory]
    [InlineData("Mayor Ann Ortiz praised the council for its quick vote on the bridge.", "the council for its quick vote on the bridge", "praised", "Ann Ortiz")]
    [InlineData("A new county poll showed a narrow lead for the mayor.", "a narrow lead for the mayor", "showed", "new county poll")]
    [InlineData("Ann Ortiz criticized the state budget, saying it starved the schools.", "the state budget", "criticized", "Ann Ortiz")]
    [InlineData("The governor dismissed the report as partisan noise.", "the report as partisan noise", "dismissed", "governor")]
    [InlineData("Ann Ortiz has called the old bridge a danger to drivers.", "the old bridge a danger to drivers", "called", "Ann Ortiz")]
    [InlineData("Residents of Millbrook support the plan for a second bridge.", "the plan for a second bridge", "support", "Residents of Millbrook")]
    [InlineData("Ann Ortiz knows the bridge will not reopen before winter.", "the bridge will not reopen before winter", "knows", "Ann Ortiz")]
    [InlineData("Residents of Millbrook want to rebuild the bridge quickly.", "to rebuild the bridge quickly", "want", "Residents of Millbrook")]
    public void StanceVerbs_TheObjectIsTheContent(string text, string content, string cue, string speaker)
    {
        Quote q = Quotes(text)[0];
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal(content, q.Text);
        Assert.Equal(cue, q.Cue?.Text);
        Assert.Equal(speaker, q.Speaker?.Name);
    }

    [Theory]
    [InlineData("Ann Ortiz vowed to rebuild the bridge before winter.", "to rebuild the bridge before winter", "vowed", "Ann Ortiz")]
    [InlineData("The mayor urged residents to stay off the bridge until Monday.", "to stay off the bridge until Monday", "urged", "mayor")]
    [InlineData("Ann Ortiz called on the council to approve the repairs.", "to approve the repairs", "called", "Ann Ortiz")]
    [InlineData("The council is expected to approve the repairs next week.", "to approve the repairs next week", "expected", null)]
    public void IntentionVerbs_TheInfinitiveIsTheContent(string text, string content, string cue, string? speaker)
    {
        Quote q = Single(text);
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal(content, q.Text);
        Assert.Equal(cue, q.Cue?.Text);
        Assert.Equal(speaker, q.Speaker?.Name);
    }

    [Theory]
    [InlineData("The real problem, Ann Ortiz said, is that the bridge is too old.", "The real problem, Ann Ortiz said, is that the bridge is too old", "Ann Ortiz")]
    [InlineData("What the town needs, said Ann Ortiz, is a second bridge.", "What the town needs, said Ann Ortiz, is a second bridge", "Ann Ortiz")]
    [InlineData("The bridge is too old, Ann Ortiz said.", "The bridge is too old", "Ann Ortiz")]
    public void ReportedSpeech_BrokenByAParentheticalAttribution_IsOneQuote(string text, string content, string speaker)
    {
        Quote q = Single(text);
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal(content, q.Text);
        Assert.Equal(speaker, q.Speaker?.Name);
    }

    [Theory]
    [InlineData("Thirty percent said the bridge should be rebuilt.", "Thirty percent")]
    [InlineData("About 4 in 10 say the bridge should be rebuilt.", "About 4 in 10")]
    [InlineData("Many other polls show the bridge is popular with voters.", "Many other polls")]
    [InlineData("A spokeswoman for Ann Ortiz says the bridge will reopen soon.", "A spokeswoman for Ann Ortiz")]
    [InlineData("Engineers and residents in Millbrook say the bridge is unsafe now.", "Engineers and residents in Millbrook")]
    [InlineData("The council is saying that the bridge will reopen soon.", "The council")]
    [InlineData("Ann Ortiz strongly suggested the bridge would reopen soon.", "Ann Ortiz")]
    [InlineData("Ann Ortiz wouldn't say whether the bridge would reopen soon.", "Ann Ortiz")]
    [InlineData("“We will rebuild,” said Rep. Ann Ortiz (D-Texas), the head of the panel.", "Rep. Ann Ortiz (D-Texas), the head of the panel")]
    [InlineData("Local and national leaders said the bridge should be rebuilt.", "Local and national leaders")]
    [InlineData("Still, the fund warned that the bridge would cost more.", "the fund")]
    [InlineData("Ortiz on Tuesday said the bridge should be rebuilt.", "Ortiz")]
    [InlineData("Canadians often say that the bridge should be rebuilt.", "Canadians")]
    [InlineData("Parents fought the levy, which advocates say starves needy schools.", "advocates")]
    [InlineData("One Republican said the bridge should be rebuilt.", "One Republican")]
    [InlineData("Rep. Ann Ortiz (D-N.M.) said the bridge should be rebuilt.", "Rep. Ann Ortiz (D-N.M.)")]
    [InlineData("Prime Minister Theresa May said the bridge should be rebuilt.", "Prime Minister Theresa May")]
    [InlineData("A county poll released in late August found that the bridge was popular.", "A county poll released in late August")]
    [InlineData("“We will rebuild,” said Ann Ortiz for the Millbrook Gazette.", "Ann Ortiz for the Millbrook Gazette")]
    [InlineData("Ann Ortiz -- the editor of the Gazette, a weekly paper -- said the bridge would reopen.", "Ann Ortiz -- the editor of the Gazette, a weekly paper --")]
    [InlineData("The bridge, which Ann Ortiz says will reopen soon, is old.", "Ann Ortiz")]
    public void Speakers_CountsGroupsAndAuxiliaries(string text, string mention)
    {
        Quote q = Quotes(text)[0];
        Assert.Equal(mention, q.Speaker?.Text);
    }

    [Theory]
    [InlineData("Ann Ortiz called for a second bridge across the river.", "a second bridge across the river", "called", "Ann Ortiz")]
    [InlineData("The mayor talked about the cost of the repairs.", "the cost of the repairs", "talked", "mayor")]
    [InlineData("Ann Ortiz pointed to the rising cost of steel.", "the rising cost of steel", "pointed", "Ann Ortiz")]
    [InlineData("The mayor railed against the state budget cuts.", "the state budget cuts", "railed", "mayor")]
    public void PrepositionalCues_TheObjectIsTheContent(string text, string content, string cue, string speaker)
    {
        Quote q = Single(text);
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal(content, q.Text);
        Assert.Equal(cue, q.Cue?.Text);
        Assert.Equal(speaker, q.Speaker?.Name);
    }

    [Theory]
    [InlineData("The bridge appeared to sway in the wind.")]
    [InlineData("Calls for a second bridge grew louder.")]
    [InlineData("The mayor went to the bridge on Monday.")]
    [InlineData("The repairs were criticized by residents.")]
    [InlineData("Her attacks on the council drew attention.")]
    public void StanceAndIntentionTraps_AreNotReportedSpeech(string text)
    {
        Assert.Empty(Quotes(text));
    }

    [Fact]
    public void Reported_ASecondAttributionOfTheSameSubjectIsItsOwnQuote()
    {
        const string text = "The mayor urged residents to use the ferry and said the bridge would reopen in May.";
        IReadOnlyList<Quote> quotes = Quotes(text);
        Assert.Equal(["to use the ferry", "the bridge would reopen in May"], quotes.Select(q => q.Text).ToArray());
        Assert.Equal(["urged", "said"], quotes.Select(q => q.Cue?.Text).ToArray());
        Assert.All(quotes, q => Assert.Equal("mayor", q.Speaker?.Name));
    }

    [Fact]
    public void Reported_ClauseEndsWhereAnotherSpeakerVerbBegins()
    {
        const string text = "Ann Ortiz said the bridge would reopen in May — and she noted that the ferry would stop.";
        IReadOnlyList<Quote> quotes = Quotes(text);
        Assert.Equal(["the bridge would reopen in May", "the ferry would stop"], quotes.Select(q => q.Text).ToArray());
        Assert.Equal(["said", "noted"], quotes.Select(q => q.Cue?.Text).ToArray());
        Assert.All(quotes, q => Assert.Equal("Ann Ortiz", q.Speaker?.Name));
    }

    [Theory]
    [InlineData("Ann Ortiz called it “a bridge to nowhere” on Monday.", "a bridge to nowhere", "called", "Ann Ortiz")]
    [InlineData("It was the collapse that the mayor described as “an act of neglect” on Monday.", "an act of neglect", "described", "mayor")]
    [InlineData("Residents chanted “save the bridge” as the council met.", "save the bridge", "chanted", "Residents")]
    [InlineData("Critics likened the plan to “paving over the river” at the hearing.", "paving over the river", "likened", "Critics")]
    [InlineData("Ann Ortiz has used the phrase “bridge first” often in her campaign.", "bridge first", "used", "Ann Ortiz")]
    public void DirectQuote_WordsQuotedAsALabel_AreQuotesOfWhoeverUsedThem(string text, string quote, string cue, string speaker)
    {
        AssertSingle(text, QuoteKind.Direct, quote, speaker, cue);
    }

    [Fact]
    public void Speaker_APersonNamedBeforeEndsARunOnAdjunct()
    {
        // No comma after "the Millbrook Gazette": the last word is the person, because the article named her before.
        const string text = "Ann Ortiz spoke on Monday. In an interview with the Millbrook Gazette Ortiz said that the bridge would reopen.";
        Quote q = Single(text);
        Assert.Equal("Ann Ortiz", q.Speaker?.Name);
        Assert.Equal("Ortiz", q.Speaker?.Text);
        Assert.Equal(text.LastIndexOf("Ortiz", StringComparison.Ordinal), q.Speaker?.Start);
    }

    [Fact]
    public void Transcript_ASpeakerLabelNamesTheSpeaker()
    {
        const string text = "The radio station interviewed Ann Ortiz on Sunday.\n\n“ORTIZ: We will rebuild the bridge by May.”\n\n“UPDATE: The interview was edited.”";
        IReadOnlyList<Quote> quotes = Quotes(text);
        Quote q = quotes[0];
        Assert.Equal("We will rebuild the bridge by May.", q.Text);
        Assert.Equal(text.IndexOf("We will", StringComparison.Ordinal), q.Start);
        Assert.Equal("Ann Ortiz", q.Speaker?.Name);
        Assert.Equal("ORTIZ", q.Speaker?.Text);
        Assert.DoesNotContain(quotes, x => x.Speaker?.Text == "UPDATE");
    }

    [Fact]
    public void SentenceSubject_SkipsALeadingQuote()
    {
        const string text = "“Stay with us,” Ann Ortiz told the crowd before asking them, “Where do we go from here?”";
        IReadOnlyList<Quote> quotes = Quotes(text);
        Assert.Equal(["Stay with us,", "Where do we go from here?"], quotes.Select(q => q.Text).ToArray());
        Assert.All(quotes, q => Assert.Equal("Ann Ortiz", q.Speaker?.Name));
    }

    [Theory]
    // A thing that "sees" something happen reports nothing; people who see the meeting's members warn do not speak either.
    [InlineData("The deal sees Rosneft receive $6bn in credits from China's CNPC.", null, null)]
    [InlineData("A private meeting on Monday saw normally loyal MPs warn that feuding could hurt the party.", "feuding could hurt the party", "MPs")]
    // The speakers of "a number of X" are the X.
    [InlineData("A number of large shareholders said that the offer undervalues the company.", "the offer undervalues the company", "large shareholders")]
    public void Reported_SeeingIsNotSaying(string text, string? content, string? speaker)
    {
        IReadOnlyList<Quote> quotes = Quotes(text);
        if (content is null)
        {
            Assert.Empty(quotes);
            return;
        }

        Quote q = Assert.Single(quotes);
        Assert.Equal(content, q.Text);
        Assert.Equal(speaker, q.Speaker?.Name);
    }

    [Theory]
    // After "told" comes who was told: the reported clause stands before it, and the speaker before the verb.
    [InlineData("The plan will fail on Monday, Ann Ortiz told reporters.", "The plan will fail on Monday", "Ann Ortiz")]
    [InlineData("The plan will fail, Ann Ortiz told the BBC on Monday.", "The plan will fail", "Ann Ortiz")]
    [InlineData("Ann Ortiz, who runs the fund, told the BBC the bridge would reopen in May.", "the bridge would reopen in May", "Ann Ortiz")]
    public void Reported_TheListenerOfToldIsNoSpeaker(string text, string content, string speaker)
    {
        AssertSingle(text, kind: null, content, speaker);
    }

    [Fact]
    public void Speakers_APronounAfterItsClauseIsNotTheClausesSubject()
    {
        // "Security software" opens the clause the pronoun reports; the pronoun is Paul Goosens.
        const string text = "Paul Goosens runs the lab in Leeds. Security software should be easy to use, he added.";
        Quote q = Single(text);
        Assert.Equal("Security software should be easy to use", q.Text);
        Assert.Equal("Paul Goosens", q.Speaker?.Name);
        Assert.Equal("he", q.Speaker?.Text);
    }

    [Theory]
    // With no speaker yet, "it" and "they" stand for the organization or the group that opened a sentence just before.
    [InlineData("The AMF has filed complaints against Vivendi. It believes the prospectus was unclear.", "the prospectus was unclear", "AMF", "It")]
    [InlineData("The company is fighting pirated software. Last month it said sales of the new version had doubled.", "sales of the new version had doubled", "company", "it")]
    [InlineData("Shares in the group fell sharply. Analysts were surprised. They said the results were weak.", "the results were weak", "Analysts", "They")]
    public void Speakers_ItAndTheyStandForTheOrganizationOrGroupBefore(string text, string content, string name, string mention)
    {
        Quote q = Single(text);
        Assert.Equal(content, q.Text);
        Assert.Equal(name, q.Speaker?.Name);
        Assert.Equal(mention, q.Speaker?.Text);
    }

    [Fact]
    public void Speakers_ACountryIsNotTheItThatSpeaks()
    {
        // With places found first (as the built-in analyzer runs them), the UK is a place, not an organization "it" stands for.
        var analyzer = new ArticleAnalyzer([new Byline.Extractors.Places.PlacesExtractor(), new QuotesExtractor()]);
        Quote q = Assert.Single(analyzer.Analyze(new Article("The UK grew by 3% last year. It warned that growth would slow next year.")).Quotes);
        Assert.Equal("growth would slow next year", q.Text);
        Assert.Null(q.Speaker);
    }

    [Theory]
    [InlineData("“Prices will rise,” the Finance and Economy Ministry said in a statement.", "Finance and Economy Ministry")]
    [InlineData("“Prices will rise,” said the Food and Drug Administration.", "Food and Drug Administration")]
    public void Speakers_AnOrganizationsNameMayHoldAnd(string text, string name)
    {
        Assert.Equal(name, Single(text).Speaker?.Name);
    }

    [Theory]
    // Next to a quote, a plain noun phrase names the speaker even when no list knows its noun.
    [InlineData("“What could have been a dull film is a joy,” wrote the judges.", "judges")]
    [InlineData("“What could have been a dull film is a joy,” the judges wrote.", "judges")]
    [InlineData("“It's a very hard record to break,” said the world indoor champion, who hopes to get closer.", "world indoor champion")]
    public void Speakers_APlainNounPhraseNextToAQuote(string text, string name)
    {
        Quote q = Assert.Single(Quotes(text), q => q.Kind == QuoteKind.Direct);
        Assert.Equal(name, q.Speaker?.Name);
    }

    [Fact]
    public void Speakers_ADescriptionOfAPersonIsTheLastPersonWhoSpoke()
    {
        const string text = "“We lost our shape,” said Sol Campbell after the match. “It is just more bitter,” the defender added.";
        IReadOnlyList<Quote> quotes = Quotes(text);
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Sol Campbell", q.Speaker?.Name));
        Assert.Equal("the defender", quotes[1].Speaker?.Text);
    }

    [Fact]
    public void Speakers_APluralOwnersMarkIsNoPartOfTheName()
    {
        const string text = "“It is going to be close,” said Ladbrokes' Warren Lush.";
        Quote q = Single(text);
        Assert.Equal("Warren Lush", q.Speaker?.Name);
        Assert.Equal("Ladbrokes' Warren Lush", q.Speaker?.Text);
    }

    [Theory]
    [InlineData("The former chat show host quit the party earlier this month.")]
    [InlineData("The TV show drew 10 million viewers last night.")]
    public void Reported_AShowThatIsANounIsNotSpeech(string text)
    {
        Assert.Empty(Quotes(text));
    }

    [Theory]
    [InlineData("She won through the combination of pledged delegates and superdelegates.")]
    [InlineData("Her lead in pledged delegates grew to 300 after the vote.")]
    [InlineData("There were almost £68m in reported donations to political parties in 2003.")]
    public void Reported_AVerbFormAfterAPrepositionIsNotSpeech(string text)
    {
        Assert.Empty(Quotes(text));
    }

    [Theory]
    [InlineData("Sanders pledged that he would stay in the race until the convention.", "Sanders", "he would stay in the race until the convention")]
    [InlineData("Number 10 said ministers were interested in governing.", "Number 10", "ministers were interested in governing")]
    [InlineData("The schedule was full. Radio 1 said the station was not trying to replace Peel.", "Radio 1", "the station was not trying to replace Peel")]
    [InlineData("Mr Smith, 42, said he was happy with the result.", "Smith", "he was happy with the result")]
    public void Reported_AVerbAfterItsSubjectStillReports(string text, string speaker, string said)
    {
        Quote q = Single(text);
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal(said, q.Text);
        Assert.Equal(speaker, q.Speaker?.Name);
    }

    [Fact]
    public void Reported_ANameAfterACommaIsNotSpeech()
    {
        Assert.Empty(Quotes("Her charity, called the River Fund, will own the bridge."));
    }

    [Fact]
    public void ReportedClause_EndsBeforeATrailingQualifier()
    {
        Quote q = Single("Ortiz said the bridge would reopen in May, without saying how.");
        Assert.Equal("the bridge would reopen in May", q.Text);
    }

    [Theory]
    // A participle after a document reports for whoever issued it ...
    [InlineData("The ministry issued a statement saying the border would close on Monday.", "the border would close on Monday", "ministry", "saying")]
    [InlineData("Police released a statement on Friday saying that two men had been arrested.", "two men had been arrested", "Police", "saying")]
    [InlineData("Ann Ortiz sent a letter to the council warning that the bridge was unsafe.", "the bridge was unsafe", "Ann Ortiz", "warning")]
    // ... or, when no one is said to have issued it, for the document itself.
    [InlineData("The striker was linked with Ajax, with reports saying he had fallen out with the coach.", "he had fallen out with the coach", "reports", "saying")]
    [InlineData("Visitors now get a message saying they are not authorised to view the site.", "they are not authorised to view the site", "message", "saying")]
    public void Reported_AParticipleAfterADocument(string text, string content, string speaker, string cue)
    {
        AssertSingle(text, QuoteKind.Indirect, content, speaker, cue);
    }

    [Theory]
    // A reported question keeps its wh-word and its asker.
    [InlineData("Officials on Monday asked whether the border would close before the holiday.", "whether the border would close before the holiday", "Officials")]
    [InlineData("Reporters asked him if he would run again next year.", "if he would run again next year", "Reporters")]
    [InlineData("Ann Ortiz wondered why the council had waited so long.", "why the council had waited so long", "Ann Ortiz")]
    public void Reported_AQuestionWithItsAsker(string text, string content, string speaker)
    {
        AssertSingle(text, kind: null, content, speaker);
    }

    [Theory]
    // Who asked is not named: the question is no one's quote.
    [InlineData("When asked if the bridge would reopen in May, the mayor smiled.")]
    [InlineData("The mayor was also asked whether the bridge would reopen in May.")]
    public void Reported_AQuestionWithoutItsAskerIsNoQuote(string text)
    {
        Assert.Empty(Quotes(text));
    }

    // ---- speakers -------------------------------------------------------------------------------

    [Theory]
    [InlineData("Defense Minister Jean-Yves Le Drian said the talks would resume.", "Jean-Yves Le Drian", "Defense Minister")]
    [InlineData("Russia said the talks would resume.", "Russia", null)]
    [InlineData("The Syrian Observatory for Human Rights said the talks would resume.", "Syrian Observatory for Human Rights", null)]
    [InlineData("A senior U.S. military official said the talks would resume.", "senior U.S. military official", null)]
    [InlineData("The Turkish army said the talks would resume.", "Turkish army", null)]
    [InlineData("Sergei Rudskoi, a Defense Ministry official, said the talks would resume.", "Sergei Rudskoi", "Defense Ministry official")]
    public void Speakers_PeopleOrganizationsAndAnonymousSources(string text, string name, string? role)
    {
        Speaker? s = Single(text).Speaker;
        Assert.Equal(name, s?.Name);
        Assert.Equal(role, s?.Role);
    }

    [Theory]
    [InlineData("Defense Secretary Ash Carter arrived in Paris.\nCarter said the talks would resume.", "Carter", "Defense Secretary")]
    [InlineData("Defense Secretary Ash Carter arrived in Paris.\nHe said the talks would resume.", "He", "Defense Secretary")]
    [InlineData("Defense Secretary Ash Carter said the plan was ready.\nThe talks would resume, he said.", "he", "Defense Secretary")]
    public void Speakers_ShortMentionsResolveToTheFullName(string text, string mention, string role)
    {
        Quote q = Quotes(text)[^1];
        Assert.Equal("Ash Carter", q.Speaker?.Name);
        Assert.Equal(mention, q.Speaker?.Text);
        Assert.Equal(text.LastIndexOf(mention, StringComparison.Ordinal), q.Speaker?.Start);
        Assert.Equal(role, q.Speaker?.Role);
    }

    [Theory]
    [InlineData("The Syrian Observatory for Human Rights said airstrikes resumed in the north. No civilians died in the raids, the group said.", "Syrian Observatory for Human Rights")]
    [InlineData("A senior U.S. military official said the attack was near. “We are ready for it,” the official said.", "senior U.S. military official")]
    public void Speakers_DefiniteDescriptionsPointBack(string text, string name)
    {
        IReadOnlyList<Quote> quotes = Quotes(text);
        Assert.Equal(2, quotes.Count);
        Assert.Equal(name, quotes[1].Speaker?.Name);
    }

    [Theory]
    [InlineData("Syrian officials said the talks would resume.", "Syrian officials")]
    [InlineData("On Tuesday, Ortiz said the talks would resume.", "Ortiz")]
    [InlineData("Ortiz said Tuesday the talks would resume.", "Ortiz")]
    public void Traps_DemonymsAndDatesAreNeverSpeakers(string text, string name)
    {
        Assert.Equal(name, Single(text).Speaker?.Name);
    }

    [Fact]
    public void Traps_ATitleAloneIsNotAName()
    {
        Speaker? s = Quotes("President Maria Lopez met the board.\nThe president said the budget was balanced.")[^1].Speaker;
        Assert.Equal("Maria Lopez", s?.Name);
        Assert.Equal("The president", s?.Text);
    }

    // ---- robustness -----------------------------------------------------------------------------

    [Theory]
    [InlineData("\"\"\"\"\"")]
    [InlineData("“ ” ‘ ’ « » „")]
    [InlineData("said said said, said. \"said")]
    [InlineData("\uD800 said \"x\uDC00\" \u0001")]
    [InlineData("according to")]
    [InlineData("")]
    public void HostileInput_NeverThrowsAndOffsetsStayInside(string text)
    {
        foreach (Quote q in Quotes(text))
        {
            Assert.InRange(q.Start, 0, text.Length - 1);
            Assert.InRange(q.Start + q.Length, q.Start + 1, text.Length);
        }
    }

    [Theory]
    [InlineData("“ ” the mayor said on Monday.")]
    [InlineData("\"   \" Ann Ortiz said.")]
    [InlineData("The mayor said: “\u00A0”")]
    public void QuoteMarksAroundOnlySpaces_QuoteNothing(string text)
    {
        Assert.Empty(Quotes(text));
    }

    [Fact]
    public void RandomText_OffsetsAlwaysMatchTheText()
    {
        var random = new Random(42);
        string[] pieces = ["Ortiz", "said", "“", "”", "\"", "'", "’", ",", ".", "\n", "the", "bridge", "according", "to", "he", "would", "reopen", "A senior official", ":"];
        for (int round = 0; round < 200; round++)
        {
            var sb = new System.Text.StringBuilder();
            for (int i = 0; i < 40; i++)
            {
                sb.Append(pieces[random.Next(pieces.Length)]).Append(random.Next(3) == 0 ? "" : " ");
            }

            string text = sb.ToString();
            foreach (Quote q in Quotes(text))
            {
                Assert.Equal(q.Text, text.Substring(q.Start, q.Length));
                if (q.Speaker is { } s)
                {
                    Assert.Equal(s.Text, text.Substring(s.Start, s.Length));
                }
            }
        }
    }
}
