using Byline.Text;

namespace Byline.Tests.Text;

public class TokenizerTests
{
    internal static string[] Texts(string text)
    {
        var list = new List<string>();
        foreach (Token t in Tokenizer.Enumerate(text))
        {
            list.Add(text.Substring(t.Start, t.Length));
        }

        return list.ToArray();
    }

    private static Token Single(string text, string tokenText)
    {
        foreach (Token t in Tokenizer.Enumerate(text))
        {
            if (text.AsSpan(t.Start, t.Length).SequenceEqual(tokenText))
            {
                return t;
            }
        }

        throw new Xunit.Sdk.XunitException($"no token '{tokenText}' in '{text}'");
    }

    [Theory]
    [InlineData("1,280 square km", new[] { "1,280", "square", "km" })]
    [InlineData("a city of 1.5 million", new[] { "a", "city", "of", "1.5", "million" })]
    [InlineData("up 3.2% on", new[] { "up", "3.2", "%", "on" })]
    [InlineData("cost $4.5bn.", new[] { "cost", "$", "4.5bn", "." })]
    [InlineData("a 10-km zone", new[] { "a", "10-km", "zone" })]
    [InlineData("a 5,000-strong force", new[] { "a", "5,000-strong", "force" })]
    [InlineData("at 8:30 a.m.", new[] { "at", "8:30", "a.m." })]
    [InlineData("won 2-1", new[] { "won", "2", "-", "1" })]
    [InlineData("on 2016-10-25", new[] { "on", "2016", "-", "10", "-", "25" })]
    [InlineData("in the 1990s", new[] { "in", "the", "1990s" })]
    public void Numbers(string text, string[] expected) => Assert.Equal(expected, Texts(text));

    [Theory]
    [InlineData("the U.S. military", new[] { "the", "U.S.", "military" }, "U.S.")]
    [InlineData("Maj. Gen. Igor Konashenkov", new[] { "Maj.", "Gen.", "Igor", "Konashenkov" }, "Gen.")]
    [InlineData("on Jan. 5", new[] { "on", "Jan.", "5" }, "Jan.")]
    [InlineData("J.R.R. Tolkien", new[] { "J.R.R.", "Tolkien" }, "J.R.R.")]
    [InlineData("George W. Bush", new[] { "George", "W.", "Bush" }, "W.")]
    [InlineData("Mr. Smith", new[] { "Mr.", "Smith" }, "Mr.")]
    [InlineData("at 3 p.m. today", new[] { "at", "3", "p.m.", "today" }, "p.m.")]
    [InlineData("Rep. Ann Ortiz (D-N.M.) said", new[] { "Rep.", "Ann", "Ortiz", "(", "D-N.M.", ")", "said" }, "D-N.M.")]
    [InlineData("Lindsey Graham, R-S.C., said", new[] { "Lindsey", "Graham", ",", "R-S.C.", ",", "said" }, "R-S.C.")]
    [InlineData("CHARLESTON, W.Va. -- All", new[] { "CHARLESTON", ",", "W.Va.", "--", "All" }, "W.Va.")]
    [InlineData("Sen. Robert Byrd, D-W.Va., said", new[] { "Sen.", "Robert", "Byrd", ",", "D-W.Va.", ",", "said" }, "D-W.Va.")]
    [InlineData("a Ph.D. student", new[] { "a", "Ph.D.", "student" }, "Ph.D.")]
    [InlineData("in Fargo, N.Dak., today", new[] { "in", "Fargo", ",", "N.Dak.", ",", "today" }, "N.Dak.")]
    public void Abbreviations(string text, string[] expected, string abbreviation)
    {
        Assert.Equal(expected, Texts(text));
        Assert.True(Single(text, abbreviation).Has(TokenFlags.Abbreviation));
    }

    [Fact]
    public void HyphenatedInitialismIsOneWord()
    {
        Assert.Equal(new[] { "the", "U.S.-led", "coalition" }, Texts("the U.S.-led coalition"));
        Token t = Single("the U.S.-led coalition", "U.S.-led");
        Assert.True(t.Has(TokenFlags.Hyphenated | TokenFlags.Capitalized));
        Assert.False(t.Has(TokenFlags.Abbreviation));
    }

    [Theory]
    [InlineData("near Al-Gharz today", new[] { "near", "Al-Gharz", "today" })]
    [InlineData("Turkish-backed rebel forces", new[] { "Turkish-backed", "rebel", "forces" })]
    [InlineData("a 2-month-old operation", new[] { "a", "2-month-old", "operation" })]
    [InlineData("Daesh’s self-declared caliphate", new[] { "Daesh’s", "self-declared", "caliphate" })]
    [InlineData("we don't know", new[] { "we", "don't", "know" })]
    [InlineData("Ibrahim Abu al-Laith", new[] { "Ibrahim", "Abu", "al-Laith" })]
    [InlineData("O'Brien's view", new[] { "O'Brien's", "view" })]
    public void HyphensAndApostrophes(string text, string[] expected) => Assert.Equal(expected, Texts(text));

    [Theory]
    [InlineData("\"Yes,\" he said", 0, TokenFlags.OpeningQuote)]
    [InlineData("\"Yes,\" he said", 3, TokenFlags.ClosingQuote)]
    [InlineData("“Yes” he said", 0, TokenFlags.OpeningQuote)]
    [InlineData("“Yes” he said", 2, TokenFlags.ClosingQuote)]
    [InlineData("it would “overlap” with", 2, TokenFlags.OpeningQuote)]
    [InlineData("it would “overlap” with", 4, TokenFlags.ClosingQuote)]
    [InlineData("‘no’", 0, TokenFlags.OpeningQuote)]
    [InlineData("‘no’", 2, TokenFlags.ClosingQuote)]
    [InlineData("«non»", 0, TokenFlags.OpeningQuote)]
    [InlineData("«non»", 2, TokenFlags.ClosingQuote)]
    [InlineData("„ja“ sagte", 0, TokenFlags.OpeningQuote)]
    [InlineData("„ja“ sagte", 2, TokenFlags.ClosingQuote)]
    [InlineData("'maybe' said", 0, TokenFlags.OpeningQuote)]
    [InlineData("'maybe' said", 2, TokenFlags.ClosingQuote)]
    public void QuoteMarksAreTokensWithDirection(string text, int index, TokenFlags direction)
    {
        Token[] tokens = new Token[16];
        int n = Tokenizer.Tokenize(text, tokens);
        Assert.True(index < n);
        Assert.Equal(TokenKind.Quote, tokens[index].Kind);
        Assert.Equal(1, tokens[index].Length);
        Assert.True(tokens[index].Has(direction), $"expected {direction} on token {index}");
    }

    [Theory]
    [InlineData("''Yes,'' he said", 0, TokenFlags.OpeningQuote)]
    [InlineData("''Yes,'' he said", 3, TokenFlags.ClosingQuote)]
    [InlineData("she said ''never.''", 2, TokenFlags.OpeningQuote)]
    [InlineData("she said ''never.''", 5, TokenFlags.ClosingQuote)]
    public void TwoApostrophesAreOneDoubleQuoteMark(string text, int index, TokenFlags direction)
    {
        Token[] tokens = new Token[16];
        int n = Tokenizer.Tokenize(text, tokens);
        Assert.True(index < n);
        Assert.Equal(TokenKind.Quote, tokens[index].Kind);
        Assert.Equal(2, tokens[index].Length);
        Assert.True(tokens[index].Has(direction), $"expected {direction} on token {index}");
    }

    [Theory]
    [InlineData("a - b – c — d -- e", new[] { "a", "-", "b", "–", "c", "—", "d", "--", "e" })]
    [InlineData("wait... what… no", new[] { "wait", "...", "what", "…", "no" })]
    [InlineData("Daesh (ISIS) [sic] {x}", new[] { "Daesh", "(", "ISIS", ")", "[", "sic", "]", "{", "x", "}" })]
    public void DashesEllipsesBrackets(string text, string[] expected) => Assert.Equal(expected, Texts(text));

    [Theory]
    [InlineData("see https://example.com/a?b=1.", "https://example.com/a?b=1", TokenKind.Url)]
    [InlineData("see www.reuters.com, then", "www.reuters.com", TokenKind.Url)]
    [InlineData("the retailer Amazon.com said", "Amazon.com", TokenKind.Url)]
    [InlineData("editor of fansite Halo.Bungie.Org, said", "Halo.Bungie.Org", TokenKind.Url)]
    [InlineData("visit bbc.co.uk.", "bbc.co.uk", TokenKind.Url)]
    [InlineData("mail news@example.org today", "news@example.org", TokenKind.Email)]
    [InlineData("follow @Reuters now", "@Reuters", TokenKind.Handle)]
    [InlineData("tagged #Mosul2016 here", "#Mosul2016", TokenKind.Hashtag)]
    [InlineData("cost € 5", "€", TokenKind.Currency)]
    [InlineData("cost £5", "£", TokenKind.Currency)]
    [InlineData("北京 said", "北京", TokenKind.Word)]
    [InlineData("Москва said", "Москва", TokenKind.Word)]
    [InlineData("wow 👍🏽 ok", "👍🏽", TokenKind.Symbol)]
    [InlineData("family 👨‍👩‍👧 ok", "👨‍👩‍👧", TokenKind.Symbol)]
    [InlineData("flag 🇫🇷 ok", "🇫🇷", TokenKind.Symbol)]
    [InlineData("vive la 🇫🇷", "🇫🇷", TokenKind.Symbol)]   // a flag at the very end of the text stays whole
    [InlineData("vive la 🇫🇷 ", "🇫🇷", TokenKind.Symbol)]
    public void SpecialTokens(string text, string expected, TokenKind kind)
    {
        Token t = Single(text, expected);
        Assert.Equal(kind, t.Kind);
    }

    [Fact]
    public void LoneSurrogatesAndControlCharactersNeverBreakOffsets()
    {
        string text = "a\uD800b\u0001c\uDC00 \0d";
        var spans = new List<(int, int)>();
        foreach (Token t in Tokenizer.Enumerate(text))
        {
            Assert.InRange(t.Start, 0, text.Length - 1);
            Assert.InRange(t.End, t.Start + 1, text.Length);
            spans.Add((t.Start, t.Length));
        }

        Assert.Equal(new[] { (0, 1), (1, 1), (2, 1), (4, 1), (5, 1), (8, 1) }, spans);
    }

    [Fact]
    public void FlagsDescribeCaseDigitsAndSpacing()
    {
        string text = "NATO said\n\nU.S. forces 35";
        Token[] tokens = new Token[8];
        int n = Tokenizer.Tokenize(text, tokens);
        Assert.Equal(5, n);
        Assert.True(tokens[0].Has(TokenFlags.AllCaps | TokenFlags.Capitalized | TokenFlags.SpaceBefore));
        Assert.False(tokens[1].Has(TokenFlags.Capitalized));
        Assert.True(tokens[2].Has(TokenFlags.NewlineBefore | TokenFlags.BlankLineBefore | TokenFlags.Abbreviation));
        Assert.True(tokens[4].Has(TokenFlags.HasDigit | TokenFlags.SpaceAfter));
        Assert.Equal(TokenKind.Number, tokens[4].Kind);
    }

    /// <summary>The tokens the rule engine alone reads, one call per token, without the vector scanner's fast paths.</summary>
    private static List<Token> RuleEngineTokens(string text)
    {
        var list = new List<Token>();
        int p = 0;
        while (TokenEnumerator.ReadOne(text, ref p, out Token t))
        {
            list.Add(t);
        }

        return list;
    }

    private static void AssertBulkAgreesWithRuleEngine(string text)
    {
        var bulk = new Token[text.Length + 1];
        int n = Tokenizer.Tokenize(text, bulk);
        List<Token> rules = RuleEngineTokens(text);
        for (int i = 0; i < Math.Min(n, rules.Count); i++)
        {
            Assert.True(bulk[i] == rules[i], $"token {i} at {rules[i].Start}: bulk {bulk[i]} vs rule engine {rules[i]} in '{text.Substring(Math.Max(0, rules[i].Start - 20), Math.Min(40, text.Length - Math.Max(0, rules[i].Start - 20)))}'");
        }

        Assert.Equal(rules.Count, n);
    }

    /// <summary>Sentences that meet every fast rule of the bulk tokenizer, and its edges.</summary>
    public static TheoryData<string> FastPathSentences =>
    [
        "The plan was criticized. Then it was dropped.",
        "They met in Washington.\nNext came Mississippi. It rained.\r\nAnd Abcdefg.\tTabs.",
        "Messrs. Smith and Calif. stay; abcdef. and abcdefg. and ABCDEFGH. too",
        "Write to someone.else@example.com or to abcdefghij.klm@example.org today.",
        "See www.example.com. Or example.com. Or 1234567. Or A1234567. Or Syria’s. Or Daesh's.",
        "Ends without a space: criticized.Then again criticized.” and criticized..",
        "A well-known Turkish-backed group, Al-Gharz and al-Laith, a mother-in-law; X-ray, SUPER-PAC, AB-cd.",
        "The U.S.-led, 2-month-old, 3D-printed, COVID-19, anti-COVID-19 and R-S.C. forms. Then well-known.",
        "Dashes - and -- and a- b -c x--y, x-\"y\", www-site, C-3PO, e-mail@x-y.com, re-elected.\nAbc-def\n",
        "Don't, isn't, Daesh's and O'Brien's rock'n'roll; 'quoted' words, ''double'', the '90s, it's. Then x'-y.",
        "DON'T ABC'S a'b' 'a'b 4x's 1990's l'Aquila d''Arc, Ma'a\nAbc'def. Jones'. Jones' car.",
        "He said. It is. Gen. Ali and Calif. and etc. and No. 10 and vs. Fla. and a. b. I. X. Mr. Jr. ok. US. UK. Ltd.",
        "said.\nyear.\tit.\r\nA.B. e.g. i.e. www. http. me@x.y. Daesh's. well-known. mo. MO. Mo. gens. GEN.",
        "Amazon.com and Halo.Bungie.Org, bbc.co.uk. Not said.It or end.Com or a.b or x.co.uk-y or com.org.",
        "Sales of 1,280 rose 3.5% by 10:30 to 4.5bn; 1a2,3 and a1,2 and 12,345,678. 1.2.3a.4, 1,2-km, 1,,2 1., 2.5.\n3,000\" 7:0",
        "He said.\" She said.' They left.) (It rained.] Gen.\" Calif.) etc.; said.! it.? so.: ok., Jones' car, 'quoted' words' end, rock'9, said: yes, http: no, http://x.y done.'",
        "USA, U2, A1, F-16A, A-B, AB-C, X-RAY, 2004BC, 4X4, B52s, ABc, aBC, I, OK'D, NATO's, ABC'S, McDONALD, AbCD, 1A2B, Q.",
        "One\n\n\nTwo\n \n three\n  \n\nFour \n\"Five\" \n(six) \n\n- seven\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\nEight",
        "Pneumonoultramicroscopicsilicovolcanoconiosis and internationalization, Zürich’s café naïve façade — déjà vu. End",
        "(a)[b]{c},d;e!f?g:h-i+j=k*l/m%n&o$p\"q'r (s)[t]{u},v;w!x?y:z-a+b=c*d/e%f&g$h\"i'j, more than 32 tokens in 64 characters",
    ];

    [Theory]
    [MemberData(nameof(FastPathSentences))]
    public void BulkFastPathsAgreeWithTheRuleEngine(string sentence)
    {
        // Shift the text through every offset of a 64-character window, so each rule meets the window's edges.
        for (int pad = 0; pad < 70; pad++)
        {
            AssertBulkAgreesWithRuleEngine(new string(' ', pad) + sentence + " " + sentence);
        }
    }

    [Theory]
    [MemberData(nameof(FastPathSentences))]
    public void BulkBlocksAgreeWithTheRuleEngine(string sentence)
    {
        // With AVX-512 the bulk tokenizer reads eight 64-character windows 48 apart (400 characters) at once, each taking
        // over from the one before at whitespace: repeat the sentence past two blocks and shift it through every offset of
        // the hand-over.
        var text = new System.Text.StringBuilder();
        while (text.Length < 900)
        {
            text.Append(sentence).Append(' ');
        }

        for (int pad = 0; pad < 50; pad++)
        {
            AssertBulkAgreesWithRuleEngine(new string(' ', pad) + text);
        }
    }

    [Fact]
    public void BulkFastPathsAgreeWithTheRuleEngineOnNewsAndHostileText()
    {
        AssertBulkAgreesWithRuleEngine(Byline.Cli.CliApp.DemoArticle().Text);
        var random = new Random(20261125);
        for (int i = 0; i < 2000; i++)
        {
            AssertBulkAgreesWithRuleEngine(Byline.Tests.Reliability.HostileText.Next(random));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(19)]
    [InlineData(64)]
    [InlineData(97)]
    [InlineData(100)]
    [InlineData(150)]
    [InlineData(400)]
    [InlineData(450)]
    [InlineData(777)]
    [InlineData(1000)]
    public void BulkFormResumesWhereItStoppedInLongText(int size)
    {
        // Long enough for the eight-window blocks, which run while the buffer has room for a window's tokens (97); then
        // single windows fill it, up to any token.
        string text = string.Concat(Enumerable.Repeat(Byline.Cli.CliApp.DemoArticle().Text + "\n\n", 3));
        var whole = new Token[text.Length + 1];
        int expected = Tokenizer.Tokenize(text, whole);
        var small = new Token[size + 1];
        int next = 0, index = 0;
        while (next < text.Length)
        {
            int n = Tokenizer.Tokenize(text, small.AsSpan(0, size), next, out next);
            Assert.Equal(default, small[size]); // nothing written past the span
            for (int i = 0; i < n; i++)
            {
                Assert.Equal(whole[index++], small[i]);
            }
        }

        Assert.Equal(expected, index);
    }

    [Fact]
    public void BulkFormResumesWhereItStopped()
    {
        string text = "One two three four five.";
        Span<Token> small = stackalloc Token[2];
        var all = new List<string>();
        int next = 0;
        while (next < text.Length)
        {
            int n = Tokenizer.Tokenize(text, small, next, out next);
            for (int i = 0; i < n; i++)
            {
                all.Add(text.Substring(small[i].Start, small[i].Length));
            }
        }

        Assert.Equal(new[] { "One", "two", "three", "four", "five", "." }, all);
    }

    [Fact]
    public void BulkFormRejectsAStartOutsideTheText()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Tokenizer.Tokenize("abc", new Token[4], 4, out _));
        Assert.Equal("start", e.ParamName);
    }

    [Fact]
    public void EnumeratorDoesNotAllocate()
    {
        string text = "“Yes, there will be overlap,” Carter said after a gathering of 13 countries in the U.S.-led coalition.";
        int Count()
        {
            int c = 0;
            foreach (Token t in Tokenizer.Enumerate(text))
            {
                c += t.Length;
            }

            return c;
        }

        Count();
        long before = GC.GetAllocatedBytesForCurrentThread();
        int total = Count();
        long after = GC.GetAllocatedBytesForCurrentThread();
        Assert.True(total > 0);
        Assert.Equal(0, after - before);
    }
}
