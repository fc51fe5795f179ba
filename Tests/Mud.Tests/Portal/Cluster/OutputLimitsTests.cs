using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Mud.Portal.Cluster;
using Mud.Sessions;

namespace Mud.Tests.Portal.Cluster;

[Trait("Category", "Unit")]
public sealed class OutputLimitsTests
{
    [Fact]
    public void TheBacklog_OfAClientThatStopsReading_OverflowsByBytes_LongBeforeTheMessageCap()
    {
        var backlog = new OutputBacklog(maxMessages: 20_000, maxBytes: 1_048_576);
        var page = new TextOutput(new string('x', 10_000));

        var accepted = 0;
        while (backlog.TryAdd(page))
        {
            accepted++;
        }

        // About 1 MiB of 10 KB pages: a hundred-odd messages, far below the 20,000 messages allowed.
        Assert.InRange(accepted, 100, 105);
    }

    [Fact]
    public void TheBacklog_HasRoomAgain_OnceTheWriterTookTheOutput()
    {
        var backlog = new OutputBacklog(maxMessages: 100, maxBytes: 65_536);
        var page = new TextOutput(new string('x', 30_000));
        Assert.True(backlog.TryAdd(page));
        Assert.True(backlog.TryAdd(page));

        backlog.Remove(page);
        backlog.Remove(page);

        Assert.Equal(0, backlog.Bytes);
        Assert.True(backlog.TryAdd(page));
    }

    [Fact]
    public async Task ASend_ToAClientThatStopsReading_GivesUpAfterTheSendTimeout()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen();
        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await client.ConnectAsync(listener.LocalEndPoint!);
        using var server = await listener.AcceptAsync();
        var flood = new byte[64 * 1024 * 1024];

        // The client never reads: once the kernel's buffers are full the send can only wait.
        var clock = Stopwatch.StartNew();
        var sent = await PortalConnection.SendWithinAsync(async token => await server.SendAsync(flood, SocketFlags.None, token), TimeSpan.FromSeconds(1))
            .WaitAsync(TimeSpan.FromSeconds(30));

        Assert.False(sent, "a send to a client that reads nothing finished");
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(20));
    }
}
