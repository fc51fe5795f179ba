namespace Mud.Portal.Telnet;

/// <summary>Collects data bytes into input lines and hands each finished line on.</summary>
/// <remarks>
/// CR LF, CR NUL, a bare LF and a bare CR each end a line once: after a CR, one LF or NUL is swallowed
/// even when it arrives in a later read. Lines are kept as bytes until they end so a UTF-8 character
/// split across reads decodes whole.
/// </remarks>
internal sealed class LineAssembler(ITelnetEvents events, int maxLineBytes)
{
    private const byte Cr = (byte)'\r';
    private const byte Lf = (byte)'\n';
    private const byte Nul = 0;

    private readonly InputDecoder _decoder = new();
    private byte[] _line = [];
    private int _length;
    private bool _afterCr;
    private bool _discarding;

    /// <summary>How line bytes become text; with Latin-1 every byte is one character.</summary>
    public TelnetCharset Charset
    {
        get => _decoder.Charset;
        set => _decoder.Charset = value;
    }

    public void Append(ReadOnlySpan<byte> data)
    {
        while (!data.IsEmpty)
        {
            if (_afterCr)
            {
                _afterCr = false;
                if (data[0] is Lf or Nul)
                {
                    data = data[1..];
                    continue;
                }
            }

            int end = data.IndexOfAny(Cr, Lf);
            if (end < 0)
            {
                AppendToLine(data);
                return;
            }

            AppendToLine(data[..end]);
            _afterCr = data[end] == Cr;
            EndLine();
            data = data[(end + 1)..];
        }
    }

    /// <summary>Telnet EC: removes the last character (not byte) typed.</summary>
    public void EraseCharacter()
    {
        if (_discarding || _length == 0)
        {
            return;
        }

        do
        {
            _length--;
        }
        while (_length > 0 && IsContinuation(_line[_length]));
    }

    /// <summary>Telnet EL: forgets the line typed so far.</summary>
    public void EraseLine()
    {
        if (!_discarding)
        {
            _length = 0;
        }
    }

    private bool IsContinuation(byte b) => Charset == TelnetCharset.Utf8 && (b & 0xC0) == 0x80;

    private void AppendToLine(ReadOnlySpan<byte> bytes)
    {
        if (_discarding || bytes.IsEmpty)
        {
            return;
        }

        int room = maxLineBytes - _length;
        int take = Math.Min(bytes.Length, room);
        if (take < bytes.Length)
        {
            // Cut on a character boundary so the kept part does not end in a broken character.
            int limit = Math.Max(0, take - 3);
            while (take > limit && IsContinuation(bytes[take]))
            {
                take--;
            }
        }

        EnsureCapacity(_length + take);
        bytes[..take].CopyTo(_line.AsSpan(_length));
        _length += take;

        if (take < bytes.Length)
        {
            // Deliver the cut line now and ignore the rest, so a client that never sends a newline
            // cannot make us buffer more than the limit.
            _discarding = true;
            events.OnLineTooLong(maxLineBytes);
            Deliver();
        }
    }

    private void EndLine()
    {
        if (_discarding)
        {
            _discarding = false;
            return;
        }

        Deliver();
    }

    private void Deliver()
    {
        string line = _decoder.Decode(_line.AsSpan(0, _length));
        _length = 0;
        events.OnLine(line);
    }

    private void EnsureCapacity(int needed)
    {
        if (needed > _line.Length)
        {
            var larger = new byte[Math.Min(Math.Max(needed, Math.Max(128, _line.Length * 2)), maxLineBytes)];
            _line.AsSpan(0, _length).CopyTo(larger);
            _line = larger;
        }
    }
}
