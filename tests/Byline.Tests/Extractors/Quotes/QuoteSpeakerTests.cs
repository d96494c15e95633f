using Byline.Extractors.Quotes;

namespace Byline.Tests.Extractors.Quotes;

/// <summary>Who a quote is attributed to: the mention as written (with its modifiers) and the canonical name.</summary>
public class QuoteSpeakerTests
{
    private static readonly ArticleAnalyzer Analyzer = new([new QuotesExtractor()]);

    private static IReadOnlyList<Quote> Quotes(string text) => Analyzer.Analyze(new Article(text)).Quotes;

    private static Speaker SpeakerOf(string text, string quote)
    {
        foreach (Quote q in Quotes(text))
        {
            if (q.Text == quote)
            {
                Assert.NotNull(q.Speaker);
                return q.Speaker;
            }
        }

        Assert.Fail($"no quote \"{quote}\" in \"{text}\"");
        return null!;
    }

    /// <summary>The speaker of <paramref name="quote"/> is <paramref name="name"/>, mentioned as <paramref name="mention"/> at its first place in the text.</summary>
    private static void AssertSpeaker(string text, string quote, string name, string mention)
    {
        Speaker s = SpeakerOf(text, quote);
        Assert.Equal(name, s.Name);
        Assert.Equal(mention, s.Text);
        Assert.Equal(text.IndexOf(mention, StringComparison.Ordinal), s.Start);
        Assert.Equal(mention.Length, s.Length);
    }

    [Theory]
    // A capital that only opens the sentence (Public, New) belongs to the phrase of the common noun after it; an owner (Police)
    // keeps its name.
    [InlineData("Public records show the company lost money for three years.", "Public records", "Public records")]
    [InlineData("New filings show the company lost money for three years.", "New filings", "New filings")]
    [InlineData("Police records show the company lost money for three years.", "Police", "Police records")]
    [InlineData("Nearly four in 10 voters say the company lost money for three years.", "Nearly four in 10 voters", "Nearly four in 10 voters")]
    public void SentenceOpeningAdjective_IsPartOfTheSourcePhrase(string text, string name, string mention)
    {
        AssertSpeaker(text, "the company lost money for three years", name, mention);
    }

    [Fact]
    public void ItStandsForAFirmNamedByOneWord()
    {
        // A one-word firm's name reads like a person's; "it" still stands for it (but not for a given name such as Michelle).
        const string text = "Sony said the game would be late. It said the product was being translated.";
        AssertSpeaker(text, "the product was being translated", "Sony", "It");
        const string other = "Michelle said the game would be late. It said the product was being translated.";
        Assert.Null(SpeakerOrNull(other, "the product was being translated"));
    }

    private static Speaker? SpeakerOrNull(string text, string quote) => Quotes(text).Single(q => q.Text == quote).Speaker;

    [Theory]
    // A participle after the sentence's subject: the subject, also after an opening adverb, and not the object's name after an
    // honorific (Michael Howard sent Mr Bush ...).
    [InlineData("Michael Howard sent Mr Bush his congratulations, saying: “We look to the president for unity.”", "Michael Howard", "Michael Howard")]
    [InlineData("Earlier Tory leader Michael Howard sent Mr Bush his congratulations, saying: “We look to the president for unity.”", "Michael Howard", "Tory leader Michael Howard")]
    // A passive label verb: the agent after "by" labelled it.
    [InlineData("Plans to store waste in the UK have been branded “deeply irresponsible” by the Liberal Democrats.", "Liberal Democrats", "the Liberal Democrats")]
    public void SpeakerOfAParticipleOrAPassiveLabel(string text, string name, string mention)
    {
        Quote q = Assert.Single(Quotes(text));
        Assert.NotNull(q.Speaker);
        Assert.Equal(name, q.Speaker.Name);
        Assert.Equal(mention, q.Speaker.Text);
        Assert.Equal(text.IndexOf(mention, StringComparison.Ordinal), q.Speaker.Start);
    }

    // ---- a role or an owner before the name ---------------------------------------------------------

    [Theory]
    [InlineData("Striker Nicolas Anelka said the club had let him down.", "the club had let him down", "Nicolas Anelka", "Striker")]
    [InlineData("Archbishop Desmond Tutu said the vote was a triumph.", "the vote was a triumph", "Desmond Tutu", "Archbishop")]
    [InlineData("Vice-President Ann Ortiz said the bridge would reopen.", "the bridge would reopen", "Ann Ortiz", "Vice-President")]
    [InlineData("Millbrook's Ann Ortiz said the bridge would reopen.", "the bridge would reopen", "Ann Ortiz", "Millbrook's")]
    public void RoleWordOrOwnerBeforeTheName_StaysOutOfTheName(string text, string quote, string name, string role)
    {
        Speaker s = SpeakerOf(text, quote);
        Assert.Equal(name, s.Name);
        Assert.Equal(role, s.Role);
        Assert.Equal(0, s.Start);
    }

    [Theory]
    [InlineData("Ann Ortiz spoke to the council. \"It's a great day for the town,\" he said.")]
    [InlineData("Ann Ortiz spoke to the council. \"I'm glad the bridge is open,\" he said.")]
    [InlineData("Ann Ortiz spoke to the council. \"Don't close the bridge,\" he said.")]
    [InlineData("Ann Ortiz spoke to the council. \"Look, we are not going to win,\" he said.")]
    [InlineData("Ann Ortiz spoke to the council. \"More money is needed,\" he said.")]
    public void FirstWordOfAQuote_IsNoSubjectForThePronoun(string text)
    {
        // "It's", "I'm", "Don't", "Look", "More": the quote's first word is no subject for "he", which goes back to Ann Ortiz.
        Quote q = Assert.Single(Quotes(text));
        Assert.Equal("Ann Ortiz", q.Speaker?.Name);
        Assert.Equal("he", q.Speaker?.Text);
    }

    [Fact]
    public void BusinessNounAfterAPossessive_IsTheSpeakersHead()
    {
        const string text = "The UK's biggest mortgage lender said prices rose over the year.";
        AssertSpeaker(text, "prices rose over the year", "UK's biggest mortgage lender", "The UK's biggest mortgage lender");
    }

    [Fact]
    public void SpeechVerbAfterAPossessiveDeterminer_IsAnAdjective()
    {
        Assert.Empty(Quotes("His declared interests include fees from newspaper articles."));
    }

    [Theory]
    [InlineData("In a statement Millbrook Council said the bridge would reopen.")]
    [InlineData("In a statement, Millbrook Council said the bridge would reopen.")]
    public void AdjunctWithoutComma_StaysOutOfTheSpeaker(string text)
    {
        AssertSpeaker(text, "the bridge would reopen", "Millbrook Council", "Millbrook Council");
    }

    [Fact]
    public void PronounAfterAnAdjunctWithoutComma_IsTheSubject()
    {
        const string text = "Ann Ortiz said the bridge was safe. But standing next to Mr Blair he added that it was crucial to act.";
        Quote q = Quotes(text)[1];
        Assert.Equal("it was crucial to act", q.Text);
        Assert.Equal("Ann Ortiz", q.Speaker?.Name);
        Assert.Equal("he", q.Speaker?.Text);
        Assert.Equal(text.IndexOf(" he ", StringComparison.Ordinal) + 1, q.Speaker?.Start);
    }

    [Fact]
    public void TwoPeopleWithOneSurname_KeepTheirOwnNames()
    {
        const string text = "Hillary Clinton said the plan would work. Later, Bill Clinton said the economy was strong. Clinton said she would win.";
        IReadOnlyList<Quote> quotes = Quotes(text);
        Assert.Equal(3, quotes.Count);
        Assert.Equal("Hillary Clinton", quotes[0].Speaker?.Name);
        Assert.Equal("Bill Clinton", quotes[1].Speaker?.Name);
        Assert.Equal("Bill Clinton", quotes[1].Speaker?.Text);
        Assert.Equal(text.IndexOf("Bill", StringComparison.Ordinal), quotes[1].Speaker?.Start);
        Assert.Equal("Hillary Clinton", quotes[2].Speaker?.Name); // the bare surname: the one introduced first
    }

    [Fact]
    public void SameSurnameAfterASentenceOpeningAdjective_IsTheSamePerson()
    {
        // "Angry Ortiz" at the start of a sentence is Ann Ortiz described, not another Ortiz.
        IReadOnlyList<Quote> quotes = Quotes("Ann Ortiz said the bridge was late. Angry Ortiz said the council had failed.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Ann Ortiz", quotes[1].Speaker?.Name);
    }

    [Theory]
    [InlineData("\"The film will win,\" said Mr French.", "The film will win,", "French", "Mr French")]
    [InlineData("Ms English said the bridge would reopen.", "the bridge would reopen", "English", "Ms English")]
    public void DemonymAfterAnHonorific_IsASurname(string text, string quote, string name, string mention)
    {
        AssertSpeaker(text, quote, name, mention);
    }

    // ---- a subject with its modifiers ------------------------------------------------------------

    [Theory]
    [InlineData("Experts on river safety said the bridge should be closed.", "the bridge should be closed", "Experts", "Experts on river safety")]
    [InlineData("A study that appeared in the Millbrook Review found that the bridge was unsafe.", "the bridge was unsafe", "study", "A study that appeared in the Millbrook Review")]
    [InlineData("Those close to the mayor say the bridge will reopen in May.", "the bridge will reopen in May", "Those close to the mayor", "Those close to the mayor")]
    [InlineData("Residents in the flooded valley have opposed the new bridge.", "the new bridge", "Residents", "Residents in the flooded valley")]
    [InlineData("Many of the residents believe the bridge is unsafe.", "the bridge is unsafe", "Many of the residents", "Many of the residents")]
    [InlineData("The ferry stopped, and engineers who inspected the span said it could fall.", "it could fall", "engineers", "engineers who inspected the span")]
    [InlineData("The state officials whose budgets were cut say the bridge will close in May.", "the bridge will close in May", "state officials", "The state officials whose budgets were cut")]
    [InlineData("Ann Ortiz, whose firm built the bridge, said it would stand for decades.", "it would stand for decades", "Ann Ortiz", "Ann Ortiz, whose firm built the bridge,")]
    [InlineData("Therefore, local engineers believe the old bridge has failed.", "the old bridge has failed", "local engineers", "local engineers")]
    [InlineData("The mayor has lost twice and Ann Ortiz strongly suggested that the council should resign.", "the council should resign", "Ann Ortiz", "Ann Ortiz")]
    [InlineData("Even Ann Ortiz, a longtime critic of the council, said the bridge should reopen.", "the bridge should reopen", "Ann Ortiz", "Ann Ortiz, a longtime critic of the council,")]
    [InlineData("Even the organizer of the protest said the bridge should reopen.", "the bridge should reopen", "organizer", "the organizer of the protest")]
    [InlineData("About one in five say the bridge should reopen.", "the bridge should reopen", "About one in five", "About one in five")]
    [InlineData("Insiders in the next two counties — Millbrook and Dover — said the bridge should reopen.", "the bridge should reopen", "Insiders", "Insiders in the next two counties — Millbrook and Dover —")]
    [InlineData("The engineers on the state panel, who inspected the span twice, said the bridge should reopen.", "the bridge should reopen", "engineers", "The engineers on the state panel, who inspected the span twice,")]
    public void Subject_IsTheWholePhraseBeforeTheVerb(string text, string quote, string name, string mention)
    {
        AssertSpeaker(text, quote, name, mention);
    }

    [Theory]
    [InlineData("Ann Ortiz, 56, who chairs the panel, said the bridge would reopen.", "Ann Ortiz, 56, who chairs the panel,")]
    [InlineData("Rep. Ann Ortiz (D-Texas), the head of the panel, said the bridge would reopen.", "Rep. Ann Ortiz (D-Texas), the head of the panel,")]
    public void Subject_BeforeABracketOrSeveralAppositives_IsTheName(string text, string mention)
    {
        AssertSpeaker(text, "the bridge would reopen", "Ann Ortiz", mention);
    }

    [Theory]
    [InlineData("The council is expected to approve the repairs next week.", "to approve the repairs next week")]
    public void Subject_OfAPassiveIsNotItsSpeaker(string text, string quote)
    {
        Quote q = Assert.Single(Quotes(text));
        Assert.Equal(quote, q.Text);
        Assert.Null(q.Speaker);
    }

    // ---- a mention runs on through its modifiers ---------------------------------------------------

    [Theory]
    [InlineData("“We will rebuild,” said Ann Ortiz, a lawyer for the city, who has sued the state twice.", "Ann Ortiz", "Ann Ortiz, a lawyer for the city, who has sued the state twice")]
    [InlineData("“We will rebuild,” said Ann Ortiz, a lawyer for the city, adding that work starts soon.", "Ann Ortiz", "Ann Ortiz, a lawyer for the city")]
    [InlineData("“We will rebuild,” said Ann Ortiz on Tuesday.", "Ann Ortiz", "Ann Ortiz")]
    [InlineData("“We will rebuild,” said Ann Ortiz for the Millbrook Gazette.", "Ann Ortiz", "Ann Ortiz for the Millbrook Gazette")]
    [InlineData("“We will rebuild,” Mr. Ortiz of the Millbrook Gazette said.", "Ortiz", "Mr. Ortiz of the Millbrook Gazette")]
    [InlineData("“We will rebuild,” said Ann Ortiz, a co-author of “The Long Bridge,” who studies river crossings.", "Ann Ortiz", "Ann Ortiz, a co-author of “The Long Bridge,” who studies river crossings")]
    [InlineData("“We will rebuild,” said Rep. Ann Ortiz (D-Texas), who chairs the panel.", "Ann Ortiz", "Rep. Ann Ortiz (D-Texas), who chairs the panel")]
    [InlineData("“We will rebuild,” said one county source on the panel.", "county source", "one county source on the panel")]
    [InlineData("“We will rebuild,” said a longtime adviser to Ann Ortiz.", "longtime adviser", "a longtime adviser to Ann Ortiz")]
    [InlineData("“We will rebuild,” said a longtime county data expert who asked not to be named.", "longtime county data expert", "a longtime county data expert who asked not to be named")]
    public void InvertedAttribution_TheMentionRunsToTheSentenceEnd(string text, string name, string mention)
    {
        AssertSpeaker(text, "We will rebuild,", name, mention);
    }

    [Theory]
    [InlineData("Sen. Ann Ortiz (D-Texas) criticized the plan, arguing that the bridge was too costly.", "Sen. Ann Ortiz (D-Texas)")]
    [InlineData("Ann Ortiz, the head of the panel, criticized the plan, arguing that the bridge was too costly.", "Ann Ortiz, the head of the panel,")]
    public void SentenceSubject_KeepsItsBracketAndAppositive(string text, string mention)
    {
        AssertSpeaker(text, "the bridge was too costly", "Ann Ortiz", mention);
    }

    // ---- a participle clause belongs to the attribution before it ---------------------------------

    [Theory]
    [InlineData("“Residents are tired,” Ann Ortiz said, adding that the bridge would reopen.", "Ann Ortiz", "Ann Ortiz")]
    [InlineData("“We will rebuild,” said Ann Ortiz, a lawyer for the city, adding that the bridge would reopen.", "Ann Ortiz", "Ann Ortiz, a lawyer for the city")]
    [InlineData("The Millbrook Council on Monday made its boldest move yet, saying that the bridge would reopen.", "Millbrook Council", "The Millbrook Council")]
    public void Participle_SpeakerIsWhoeverSpokeBeforeIt(string text, string name, string mention)
    {
        AssertSpeaker(text, "the bridge would reopen", name, mention);
    }

    // ---- pronouns ----------------------------------------------------------------------------------

    [Theory]
    [InlineData("Ann Ortiz left the depot early because she believes the bridge will reopen in May.", "Ann Ortiz", "she")]
    [InlineData("The residents left the depot early because they believe the bridge will reopen in May.", "residents", "they")]
    [InlineData("Ann Ortiz met Tom Reyes at the depot. He believes the bridge will reopen in May.", "Tom Reyes", "He")]
    public void Pronoun_InsideItsSentence_IsTheSentenceSubject(string text, string name, string pronoun)
    {
        Speaker s = SpeakerOf(text, "the bridge will reopen in May");
        Assert.Equal(name, s.Name);
        Assert.Equal(pronoun, s.Text);
        Assert.Equal(text.IndexOf(" " + pronoun + " ", StringComparison.Ordinal) + 1, s.Start);
    }

    [Theory]
    [InlineData("The panel met on Monday.\n\nORTIZ: Thank you. I think the bridge will reopen in May.", "ORTIZ", "I")]
    [InlineData("The panel met on Monday.\n\nREYES: Thank you, Ann. We believe the bridge will reopen in May.", "REYES", "We")]
    public void FirstPerson_InATranscriptTurn_IsTheTurnsSpeaker(string text, string name, string pronoun)
    {
        Speaker s = SpeakerOf(text, "the bridge will reopen in May");
        Assert.Equal(name, s.Name);
        Assert.Equal(pronoun, s.Text);
        Assert.Equal(text.IndexOf(pronoun + " ", StringComparison.Ordinal), s.Start);
    }

    // ---- direct quotes without a listed speech verb -------------------------------------------------

    [Theory]
    [InlineData("“Go back to the depot,” Ortiz barked.", "Go back to the depot,", "Ortiz", "barked")]
    [InlineData("The vote surprised nobody. “Go back to the depot,” Ortiz barked as the crowd left.", "Go back to the depot,", "Ortiz", "barked")]
    [InlineData("The timing did not surprise county pollster Ann Ortiz: “Voters wanted a second bridge all along.”", "Voters wanted a second bridge all along.", "Ann Ortiz", null)]
    [InlineData("Ann Ortiz released the following statement: “The bridge will reopen in May, and the ferry will stop.”", "The bridge will reopen in May, and the ferry will stop.", "Ann Ortiz", null)]
    [InlineData("As Ann Ortiz observed last week, the real winner was the ferry: “Nobody needs the bridge while the ferry runs.”", "Nobody needs the bridge while the ferry runs.", "Ann Ortiz", "observed")]
    [InlineData("Ann Ortiz spoke at the depot.\n\nAs Tom Reyes observed, the real winner was the ferry:\n\n“Nobody needs the bridge while the ferry runs.”", "Nobody needs the bridge while the ferry runs.", "Tom Reyes", "observed")]
    public void DirectQuote_AMannerVerbOrAnIntroducingColonNamesTheSpeaker(string text, string quote, string name, string? cue)
    {
        Quote q = Assert.Single(Quotes(text), x => x.Text == quote);
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal(name, q.Speaker?.Name);
        Assert.Equal(cue, q.Cue?.Text);
    }

    // ---- counted groups ----------------------------------------------------------------------------

    [Theory]
    [InlineData("Still, 52 percent of registered voters say they would vote for the bridge.", "they would vote for the bridge", "52 percent of registered voters")]
    [InlineData("About three-quarters of residents support a second bridge over the river.", "a second bridge over the river", "About three-quarters of residents")]
    [InlineData("The council split, but majorities in all five wards say they want the bridge rebuilt.", "they want the bridge rebuilt", "majorities in all five wards")]
    [InlineData("At least half of the residents in each ward say they want the bridge rebuilt.", "they want the bridge rebuilt", "At least half of the residents in each ward")]
    public void Subject_ACountedShareOfPeopleSpeaks(string text, string quote, string mention)
    {
        AssertSpeaker(text, quote, mention, mention);
    }

    // ---- what the subject is not -------------------------------------------------------------------

    [Theory]
    [InlineData("Speaking on Sunday at the depot, Ortiz conceded the delay but said the bridge would reopen soon.", "Ortiz", "Ortiz")]
    [InlineData("Chastened by the vote, the council changed course, saying the bridge would reopen soon.", "council", "the council")]
    [InlineData("The storm hit at dawn.\n\nMILLBROOK — Ann Ortiz criticized the council, saying the bridge would reopen soon.", "Ann Ortiz", "Ann Ortiz")]
    [InlineData("A county poll released Sunday showed the bridge would reopen soon.", "county poll", "A county poll released Sunday")]
    public void Subject_NotAnOpeningParticipleOrDatelineButTheSpeaker(string text, string name, string mention)
    {
        AssertSpeaker(text, "the bridge would reopen soon", name, mention);
    }

    [Fact]
    public void Subject_ABracketAfterTheNameIsItsPartyNotASpeaker()
    {
        const string text = "On Monday at the meeting Sen. Ann Ortiz (D-Texas) said the bridge would reopen soon.";
        Speaker s = SpeakerOf(text, "the bridge would reopen soon");
        Assert.Equal("Ann Ortiz", s.Name);
        Assert.EndsWith("Sen. Ann Ortiz (D-Texas)", s.Text, StringComparison.Ordinal);
        Assert.Equal(text.IndexOf(" said", StringComparison.Ordinal), s.Start + s.Length);
    }

    // ---- a description before a name ---------------------------------------------------------------

    [Theory]
    [InlineData("“The bridge is safe,” said Millbrook party boss Ann Ortiz.", "Millbrook party boss Ann Ortiz")]
    [InlineData("“The bridge is safe,” said county road engineer Ann Ortiz.", "county road engineer Ann Ortiz")]
    public void InvertedAttribution_ADescriptionThenTheNameIsThePerson(string text, string mention)
    {
        AssertSpeaker(text, "The bridge is safe,", "Ann Ortiz", mention);
    }

    [Fact]
    public void Subject_AVerbBetweenTwoNamesEndsTheFirst()
    {
        Speaker s = SpeakerOf("Mrs. Ortiz praised Mr. Reyes for the quick repairs to the bridge.", "Mr. Reyes for the quick repairs to the bridge");
        Assert.Equal("Ortiz", s.Name);
        Assert.Equal("Mrs. Ortiz", s.Text);
    }

    [Theory]
    [InlineData("The council thanked Ann Ortiz, who praised the crews for the quick repairs to the bridge.", "the crews for the quick repairs to the bridge", "Ann Ortiz")]
    [InlineData("Residents trust the county board, which warned that the bridge would need new cables.", "the bridge would need new cables", "county board")]
    public void Subject_ARelativePronounSpeaksForItsAntecedent(string text, string quote, string name)
    {
        Speaker s = SpeakerOf(text, quote);
        Assert.Equal(name, s.Name);
    }

    [Theory]
    [InlineData("“The bridge is safe,” Ann Ortiz, the county's lawyer, one of three on the case, said at the hearing.", "The bridge is safe,", "Ann Ortiz, the county's lawyer, one of three on the case,")]
    [InlineData("With county leaders increasingly worried about a lack of money for repairs to the old bridge across the river, Ann Ortiz has a new message: “Fix it now.”", "Fix it now.", "Ann Ortiz")]
    public void DirectQuote_SpeakerPastLongAppositivesAndAdverbials(string text, string quote, string mention)
    {
        AssertSpeaker(text, quote, "Ann Ortiz", mention);
    }

    [Fact]
    public void InvertedAttribution_TheMentionStopsBeforeTheNextQuote()
    {
        const string text = "“We will rebuild,” said Ann Ortiz, 20, of Millbrook, Fla. “Nobody doubts it.”";
        Quote q = Assert.Single(Quotes(text));
        Assert.Equal("Ann Ortiz, 20, of Millbrook, Fla.", q.Speaker?.Text);
        Assert.Equal(2, q.Parts.Count);
    }

    [Theory]
    [InlineData("The hearing was calm, and Ann Ortiz went on to say, “The bridge will reopen in May.”")]
    [InlineData("Ann Ortiz was prompted to say, “The bridge will reopen in May.”")]
    public void DirectQuote_AnInfinitiveCueSpeaksForTheSubject(string text)
    {
        Quote q = Assert.Single(Quotes(text));
        Assert.Equal("Ann Ortiz", q.Speaker?.Name);
        Assert.Equal(text.IndexOf("Ann Ortiz", StringComparison.Ordinal), q.Speaker?.Start);
        Assert.Equal("say", q.Cue?.Text);
    }

    [Theory]
    [InlineData("Nuclear safety experts said the bridge is safe.", "the bridge is safe", "Nuclear safety experts")]
    [InlineData("In one ad, a county engineer warns viewers that the bridge is safe.", "the bridge is safe", "a county engineer")]
    public void Subject_ModifiersRunToTheHeadNounButNotIntoTheVerb(string text, string quote, string mention)
    {
        Speaker s = SpeakerOf(text, quote);
        Assert.Equal(mention, s.Text);
        Assert.Equal(text.IndexOf(mention, StringComparison.Ordinal), s.Start);
    }

    [Fact]
    public void Pronoun_AfterHowOpensASubject()
    {
        const string text = "Ann Ortiz has given no details about how she planned to rebuild the old bridge.";
        Speaker s = SpeakerOf(text, "to rebuild the old bridge");
        Assert.Equal("Ann Ortiz", s.Name);
        Assert.Equal("she", s.Text);
        Assert.Equal(41, s.Start);
    }
}
