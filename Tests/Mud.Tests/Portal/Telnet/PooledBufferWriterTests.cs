using System.Buffers;
using Mud.Portal.Telnet;

namespace Mud.Tests.Portal.Telnet;

[Trait("Category", "Unit")]
public sealed class PooledBufferWriterTests
{
    [Fact]
    public void Writes_PastTheFirstArray_KeepEveryByteInOrder()
    {
        var writer = new PooledBufferWriter(initialBytes: 16);
        var expected = Enumerable.Range(0, 1000).Select(i => (byte)i).ToArray();

        foreach (var chunk in expected.Chunk(7))
        {
            writer.Write(chunk);
        }

        Assert.Equal(expected, writer.WrittenSpan.ToArray());
        Assert.True(writer.Capacity >= 1000);
    }

    [Fact]
    public void Detach_HandsOverTheBytes_AndLeavesTheWriterEmptyWithNoArray()
    {
        var writer = new PooledBufferWriter();
        writer.Write("look"u8);

        var detached = writer.Detach(out var length);

        Assert.Equal("look"u8.ToArray(), detached.AsSpan(0, length).ToArray());
        Assert.Equal(0, writer.WrittenCount);
        Assert.Equal(0, writer.Capacity);
        ArrayPool<byte>.Shared.Return(detached);
    }

    [Fact]
    public void Detach_OfAnEmptyWriter_GivesARentedArrayOfNothing()
    {
        var detached = new PooledBufferWriter().Detach(out var length);

        Assert.Equal(0, length);
        ArrayPool<byte>.Shared.Return(detached);
    }

    [Fact]
    public void Clear_ForgetsTheBytes_AndTheNextWriteStartsAfresh()
    {
        var writer = new PooledBufferWriter();
        writer.Write("first"u8);

        writer.Clear();
        var heldAfterClear = writer.Capacity;
        writer.Write("second"u8);

        Assert.Equal(0, heldAfterClear);
        Assert.Equal("second"u8.ToArray(), writer.WrittenSpan.ToArray());
    }

    [Fact]
    public void Advance_PastTheEndOfTheArray_IsRefused()
    {
        var writer = new PooledBufferWriter();
        var length = writer.GetSpan(10).Length;

        Assert.Throws<InvalidOperationException>(() => writer.Advance(length + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => writer.Advance(-1));
    }
}
