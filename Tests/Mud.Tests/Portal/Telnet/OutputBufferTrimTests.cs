using System.Buffers;
using Mud.Portal.Telnet;

namespace Mud.Tests.Portal.Telnet;

[Trait("Category", "Unit")]
public sealed class OutputBufferTrimTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void TheOutputBuffer_AfterAMegabyteBurst_ShrinksBackOnceDrained(int compressionLevel)
    {
        using var output = new TelnetOutputBuffer(compressionLevel);
        output.StartCompression();
        var burst = new byte[1024 * 1024];
        Random.Shared.NextBytes(burst);

        output.Write(burst);
        ArrayPool<byte>.Shared.Return(output.Drain(out var length));

        Assert.True(length > 0);
        Assert.True(output.RetainedBytes <= TelnetOutputBuffer.RetainedBytesAfterBurst, $"the buffer kept {output.RetainedBytes} bytes after the burst");
    }

    [Fact]
    public void TheOutputBuffer_OnceDrained_HoldsNoArrayUntilTheNextWrite()
    {
        using var output = new TelnetOutputBuffer(compressionLevel: 0);
        var login = new byte[20_000];
        Random.Shared.NextBytes(login);

        output.Write(login);
        var drained = output.Drain(out var length);

        Assert.Equal(login, drained.AsSpan(0, length).ToArray());
        Assert.Equal(0, output.RetainedBytes);
        ArrayPool<byte>.Shared.Return(drained);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TheOutputBuffer_HasPending_OnlyBetweenAWriteAndTheDrain(bool compressing)
    {
        using var output = new TelnetOutputBuffer(compressionLevel: 6);
        if (compressing)
        {
            output.StartCompression();
        }

        Assert.False(output.HasPending);
        output.Write("You see nothing special."u8);
        Assert.True(output.HasPending);

        ArrayPool<byte>.Shared.Return(output.Drain(out _));
        Assert.False(output.HasPending);
    }
}
