namespace Byline.Extractors.Places;

/// <summary>Reads lines from a <see cref="TextReader"/> as spans over one reused buffer: no string per line.</summary>
internal sealed class LineReader
{
    private readonly TextReader _reader;
    private char[] _buffer = new char[1 << 16];
    private int _start;
    private int _end;
    private bool _eof;

    public LineReader(TextReader reader) => _reader = reader;

    /// <summary>Reads the next line, without its line break.</summary>
    /// <param name="line">The line; valid until the next call.</param>
    /// <returns><see langword="false"/> at the end of the input.</returns>
    public bool TryReadLine(out ReadOnlySpan<char> line)
    {
        int scanFrom = _start;
        while (true)
        {
            int nl = _buffer.AsSpan(scanFrom, _end - scanFrom).IndexOf('\n');
            if (nl >= 0)
            {
                int lineEnd = scanFrom + nl;
                line = TrimCr(_buffer.AsSpan(_start, lineEnd - _start));
                _start = lineEnd + 1;
                return true;
            }

            if (_eof)
            {
                if (_start < _end)
                {
                    line = TrimCr(_buffer.AsSpan(_start, _end - _start));
                    _start = _end;
                    return true;
                }

                line = default;
                return false;
            }

            // Move the partial line to the front, grow when it fills the buffer, then read more.
            int pending = _end - _start;
            if (_start > 0)
            {
                Array.Copy(_buffer, _start, _buffer, 0, pending);
            }
            else if (pending == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            _start = 0;
            _end = pending;
            scanFrom = pending;
            int read = _reader.Read(_buffer, _end, _buffer.Length - _end);
            if (read <= 0)
            {
                _eof = true;
            }
            else
            {
                _end += read;
            }
        }
    }

    private static ReadOnlySpan<char> TrimCr(ReadOnlySpan<char> s) => s.Length > 0 && s[^1] == '\r' ? s[..^1] : s;
}
