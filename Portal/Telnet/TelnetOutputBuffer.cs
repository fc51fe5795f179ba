using System.Buffers;
using System.IO.Compression;

namespace Mud.Portal.Telnet;

/// <summary>
/// A connection's outgoing bytes, with MCCP2 compression switched on and off at exact points in the stream.
/// Everything (telnet commands, subnegotiations, text) is written here; <see cref="Drain"/> hands the socket
/// what is ready, compressed and sync-flushed when compression is on, so the client sees each write at once.
/// </summary>
/// <remarks>
/// Not thread-safe: the owner's lock covers it, as it covers the codec. Compression runs after telnet escaping
/// (PROTOCOLS.md §6). A compressing connection holds zlib state (a few hundred KiB) until compression stops or
/// the buffer is disposed.
/// </remarks>
public sealed class TelnetOutputBuffer(int compressionLevel) : IBufferWriter<byte>, IDisposable
{
    /// <summary>The compressed stream's buffer, grown past this by a burst of output, is let go once drained.</summary>
    public const int RetainedBytesAfterBurst = 64 * 1024;

    // What was written since the last mode change or drain, not yet compressed, in an array rented for the burst, so
    // that an idle connection holds none: keeping the largest burst's buffer cost 32 KiB per player after a login.
    private readonly PooledBufferWriter _pending = new();
    // Bytes ready for the socket around compression: what was written before it started, then the zlib stream's output.
    private readonly MemoryStream _wire = new();
    private ZLibStream? _deflate;
    private bool _unflushed;

    /// <summary>zlib level 1-9 for MCCP2; 0 means compression is never started.</summary>
    public int CompressionLevel => compressionLevel;

    /// <summary>The bytes this buffer holds on to between drains (its buffers' capacity), for tests of the trimming.</summary>
    internal int RetainedBytes => _pending.Capacity + _wire.Capacity;

    /// <summary>Whether anything waits to be drained for the socket.</summary>
    public bool HasPending => _pending.WrittenCount > 0 || _wire.Length > 0;

    /// <summary>Whether bytes written now will be compressed.</summary>
    public bool IsCompressing => _deflate is not null;

    public void Advance(int count) => _pending.Advance(count);

    public Memory<byte> GetMemory(int sizeHint = 0) => _pending.GetMemory(sizeHint);

    public Span<byte> GetSpan(int sizeHint = 0) => _pending.GetSpan(sizeHint);

    /// <summary>Everything written from now on goes into a new zlib stream (after <c>IAC SB COMPRESS2 IAC SE</c>).</summary>
    public void StartCompression()
    {
        if (_deflate is not null || compressionLevel == 0)
        {
            return;
        }

        MoveToWire();
        _deflate = new ZLibStream(_wire, new ZLibCompressionOptions { CompressionLevel = compressionLevel }, leaveOpen: true);
    }

    /// <summary>Compresses what was written so far, ends the zlib stream (Z_FINISH), and writes plainly from now on.</summary>
    public void StopCompression()
    {
        if (_deflate is null)
        {
            return;
        }

        MoveToWire();
        _deflate.Dispose();
        _deflate = null;
        _unflushed = false;
    }

    /// <summary>Copies what is ready for the socket into a rented array (return it to <see cref="ArrayPool{T}.Shared"/>) and forgets it.</summary>
    public byte[] Drain(out int length)
    {
        byte[] rented;
        if (_deflate is null && _wire.Length == 0)
        {
            // The usual, uncompressed case: the array written into goes to the socket as it is.
            return _pending.Detach(out length);
        }

        MoveToWire();

        if (_unflushed)
        {
            // A sync flush (ending in 00 00 FF FF) makes the client's inflater give out everything written so far.
            _deflate!.Flush();
            _unflushed = false;
        }

        length = (int)_wire.Length;
        rented = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
        _wire.GetBuffer().AsSpan(0, length).CopyTo(rented);
        _wire.SetLength(0);
        Trim();
        return rented;
    }

    public void Dispose()
    {
        _deflate?.Dispose();
        _deflate = null;
        _wire.Dispose();
        _pending.Clear();
    }

    private void Trim()
    {
        if (_wire.Capacity > RetainedBytesAfterBurst)
        {
            _wire.Capacity = 0;
        }
    }

    private void MoveToWire()
    {
        if (_pending.WrittenCount == 0)
        {
            return;
        }

        if (_deflate is null)
        {
            _wire.Write(_pending.WrittenSpan);
        }
        else
        {
            _deflate.Write(_pending.WrittenSpan);
            _unflushed = true;
        }

        _pending.Clear();
    }
}
