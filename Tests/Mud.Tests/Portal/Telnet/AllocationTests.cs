using Mud.Portal.Telnet;
using static Mud.Portal.Telnet.TelnetCommand;
using static Mud.Portal.Telnet.TelnetOption;

namespace Mud.Tests.Portal.Telnet;

[Trait("Category", "Unit")]
public sealed class AllocationTests
{
    [Fact]
    public void Receive_MegabytesOfHostileInput_AllocatesAlmostNothing()
    {
        var events = new CountingEvents();
        var codec = new TelnetCodec(events, new System.Buffers.ArrayBufferWriter<byte>(1 << 16));
        codec.Start();
        byte[] endlessLine = [.. Enumerable.Repeat((byte)'x', 4096)];
        byte[] endlessSb = [Iac, Sb, Gmcp, .. Enumerable.Repeat((byte)'y', 4096)];
        byte[] noise = [.. Enumerable.Range(0, 1024).SelectMany(_ => new byte[] { Iac, Nop, Iac, Do, SuppressGoAhead })];
        codec.Receive(endlessLine);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 256; i++)
        {
            codec.Receive(endlessLine);
        }

        codec.Receive("\r\n"u8);
        codec.Receive(endlessSb);
        for (int i = 0; i < 256; i++)
        {
            codec.Receive(endlessLine);
        }

        codec.Receive([Iac, Se]);
        for (int i = 0; i < 256; i++)
        {
            codec.Receive(noise);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // About 3.5 MB went through; what is allocated must not grow with it (the 4 KiB line buffer and
        // the SB buffer growing to its cap are one-offs).
        Assert.True(allocated < 64 * 1024, $"allocated {allocated} bytes");
        Assert.Equal(1, events.LinesTooLong);
        Assert.Equal(1, events.SubnegotiationsTooLong);
    }

    [Fact]
    public void Constructor_WithUnreasonableLimits_Throws()
    {
        var output = new System.Buffers.ArrayBufferWriter<byte>();

        Assert.Throws<ArgumentOutOfRangeException>(() => new TelnetCodec(new CountingEvents(), output, limits: new TelnetLimits { MaxLineBytes = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TelnetCodec(new CountingEvents(), output, limits: new TelnetLimits { MaxSubnegotiationBytes = -1 }));
    }

    private sealed class CountingEvents : ITelnetEvents
    {
        public int LinesTooLong { get; private set; }

        public int SubnegotiationsTooLong { get; private set; }

        public void OnLine(string line)
        {
        }

        public void OnLineTooLong(int limit) => LinesTooLong++;

        public void OnSubnegotiationTooLong(byte option) => SubnegotiationsTooLong++;

        public void OnWindowSize(int width, int height)
        {
        }

        public void OnClientIdentified(TelnetClientInfo info)
        {
        }

        public void OnSubnegotiation(byte option, ReadOnlySpan<byte> payload)
        {
        }

        public void OnOptionEnabled(byte option, bool local)
        {
        }

        public void OnOptionDisabled(byte option, bool local)
        {
        }
    }
}
