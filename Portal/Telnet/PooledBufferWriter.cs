using System.Buffers;

namespace Mud.Portal.Telnet;

/// <summary>
/// An <see cref="IBufferWriter{T}"/> over arrays rented from <see cref="ArrayPool{T}.Shared"/> that holds no array
/// while empty: <see cref="Detach"/> hands the written array to the caller, and <see cref="Clear"/> gives it back.
/// </summary>
/// <remarks>
/// Output comes in bursts (a login screen, a long help page) between long idle spells. A writer that kept its
/// largest buffer would hold tens of KiB for every idle connection; this one holds nothing between bursts, and the
/// pool lends the same few arrays to whichever connection writes next. The first array is a full 4 KiB (a room's
/// look, a page of help) because holding it costs nothing once the burst is sent, and growing to it would copy the
/// burst several times on the way. Not thread-safe.
/// </remarks>
public sealed class PooledBufferWriter(int initialBytes = 4096) : IBufferWriter<byte>
{
    private byte[]? _buffer;
    private int _written;

    public int WrittenCount => _written;

    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _written);

    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _written);

    /// <summary>The size of the array held now: 0 once detached or cleared.</summary>
    public int Capacity => _buffer?.Length ?? 0;

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count > Capacity - _written)
        {
            throw new InvalidOperationException($"Cannot advance {count} bytes past the end of the buffer.");
        }

        _written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0) => Reserve(sizeHint).AsMemory(_written);

    public Span<byte> GetSpan(int sizeHint = 0) => Reserve(sizeHint).AsSpan(_written);

    /// <summary>
    /// Hands over what was written: a rented array (give it back to <see cref="ArrayPool{T}.Shared"/>) whose first
    /// <paramref name="length"/> bytes are the output. The writer is empty afterwards and holds no array.
    /// </summary>
    public byte[] Detach(out int length)
    {
        var detached = _buffer ?? ArrayPool<byte>.Shared.Rent(1);
        length = _written;
        _buffer = null;
        _written = 0;
        return detached;
    }

    /// <summary>Forgets what was written and gives the array back to the pool.</summary>
    public void Clear()
    {
        if (_buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
        }

        _buffer = null;
        _written = 0;
    }

    private byte[] Reserve(int sizeHint)
    {
        var needed = _written + Math.Max(sizeHint, 1);
        if (_buffer is not null && needed <= _buffer.Length)
        {
            return _buffer;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, Math.Max(initialBytes, Capacity * 2)));
        if (_buffer is not null)
        {
            _buffer.AsSpan(0, _written).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
        }

        _buffer = larger;
        return larger;
    }
}
