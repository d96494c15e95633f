namespace Byline.Text;

/// <summary>Finds a leading dateline: <c>Reuters PARIS/MOSCOW:</c>, <c>WASHINGTON (AP) —</c>, <c>LONDON, Nov 25 (Reuters) -</c>.</summary>
internal static class DatelineDetector
{
    private const int MaxTokens = 16;

    public static Dateline? Detect(string text, ReadOnlySpan<Token> tokens)
    {
        int limit = Math.Min(tokens.Length, MaxTokens);
        int locFirst = -1, locLast = -1;
        bool locationDone = false;
        int depth = 0;
        for (int i = 0; i < limit; i++)
        {
            Token t = tokens[i];
            if (i > 0 && (t.Flags & TokenFlags.NewlineBefore) != 0)
            {
                return null;
            }

            char c = text[t.Start];
            bool separator = depth == 0 && i > 0 && (t.Kind == TokenKind.Dash || (t.Kind == TokenKind.Punctuation && c == ':') || (t.Kind == TokenKind.Symbol && c == '_'));
            if (separator)
            {
                if (locFirst < 0 || (t.Kind != TokenKind.Punctuation && (t.Flags & TokenFlags.SpaceBefore) == 0))
                {
                    return null;
                }

                int start = tokens[0].Start;
                int locStart = tokens[locFirst].Start;
                return new Dateline(start, t.End - start, locStart, tokens[locLast].End - locStart, 0, i + 1);
            }

            switch (t.Kind)
            {
                case TokenKind.OpenBracket:
                    depth++;
                    locationDone |= locFirst >= 0;
                    continue;
                case TokenKind.CloseBracket:
                    depth--;
                    continue;
                case TokenKind.Word when depth > 0:
                    continue;
                case TokenKind.Word when (t.Flags & TokenFlags.AllCaps) != 0 && !locationDone:
                    locFirst = locFirst < 0 ? i : locFirst;
                    locLast = i;
                    continue;
                case TokenKind.Word when (t.Flags & TokenFlags.Capitalized) != 0:
                    locationDone |= locFirst >= 0;
                    continue;
                case TokenKind.Punctuation when c is ',' or '.':
                    locationDone |= locFirst >= 0;
                    continue;
                case TokenKind.Symbol when c == '/' && locFirst >= 0 && !locationDone:
                    continue;
                case TokenKind.Number:
                    locationDone |= locFirst >= 0;
                    continue;
                default:
                    return null;
            }
        }

        return null;
    }
}
