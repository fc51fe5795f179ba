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
}
