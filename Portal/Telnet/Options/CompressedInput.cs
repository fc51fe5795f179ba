using System.IO.Compression;

namespace Mud.Portal.Telnet.Options;

/// <summary>
/// MCCP3: inflates what the client sends after its <c>IAC SB COMPRESS3 IAC SE</c> and hands the telnet bytes
/// to the parser, until the client ends its zlib stream or sends something that is not one.
/// </summary>
/// <remarks>
/// The zlib stream is fed one byte per read, so when the client ends it the bytes that follow have not been
/// swallowed by the decompressor's buffer and can be parsed as plain telnet. Clients send little (typed lines),
/// so the cost is small.
/// </remarks>
internal sealed class CompressedInput : IDisposable
{
    private readonly ByteFeed _feed = new();
    private readonly ZLibStream _zlib;
    private readonly byte[] _inflated = new byte[1024];

    public CompressedInput() => _zlib = new ZLibStream(_feed, CompressionMode.Decompress);

    public enum Outcome
    {
        /// <summary>All of the data was inflated; the stream goes on in the next read.</summary>
        Open,

        /// <summary>The client ended its stream; the remainder is plain telnet.</summary>
        Ended,

        /// <summary>The data is not a valid zlib stream; the rest of this read is lost.</summary>
        Corrupt,
    }

    /// <summary>Inflates <paramref name="data"/> into <paramref name="parser"/>; <paramref name="remainder"/> is what follows the stream's end.</summary>
    public Outcome Inflate(ReadOnlySpan<byte> data, TelnetParser parser, out byte[] remainder)
    {
        _feed.Add(data);
        remainder = [];
        try
        {
            int read;
            while ((read = _zlib.Read(_inflated)) > 0)
            {
                parser.Receive(_inflated.AsSpan(0, read));
            }
        }
        catch (InvalidDataException)
        {
            _feed.Clear();
            return Outcome.Corrupt;
        }

        if (_feed.Unread == 0)
        {
            return Outcome.Open;
        }

        // The decompressor stopped asking for input with input left: its stream is finished.
        remainder = _feed.TakeUnread();
        return Outcome.Ended;
    }

    public void Dispose() => _zlib.Dispose();

    /// <summary>A read-only stream over the bytes received so far, handing them out one at a time.</summary>
    private sealed class ByteFeed : Stream
    {
        private byte[] _bytes = [];
        private int _offset;
        private int _count;

        public int Unread => _count - _offset;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public void Add(ReadOnlySpan<byte> data)
        {
            if (_bytes.Length < Unread + data.Length)
            {
                Array.Resize(ref _bytes, Math.Max(Unread + data.Length, 256));
            }

            _bytes.AsSpan(_offset, Unread).CopyTo(_bytes);
            _count = Unread;
            _offset = 0;
            data.CopyTo(_bytes.AsSpan(_count));
            _count += data.Length;
        }

        public byte[] TakeUnread()
        {
            byte[] unread = _bytes[_offset.._count];
            Clear();
            return unread;
        }

        public void Clear() => _offset = _count = 0;

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (Unread == 0 || buffer.IsEmpty)
            {
                return 0;
            }

            buffer[0] = _bytes[_offset++];
            return 1;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
