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

        using var deadline = new SendDeadline(TimeSpan.FromSeconds(1));
        Assert.True(await deadline.RunAsync(SendAsync, (server, new byte[100])), "a small send to a reading client timed out");

        // The client never reads: once the kernel's buffers are full the send can only wait.
        var clock = Stopwatch.StartNew();
        var sent = await deadline.RunAsync(SendAsync, (server, flood)).AsTask().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.False(sent, "a send to a client that reads nothing finished");
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task TheSendDeadline_AfterASlowSendThatFinished_StillTimesTheNextOne()
    {
        using var deadline = new SendDeadline(TimeSpan.FromMilliseconds(300));
        var slow = new TaskCompletionSource();

        // A send that waits but finishes in time arms the timer and must leave it stopped for the next send.
        var first = deadline.RunAsync(static (send, _) => new ValueTask(send.Task), slow);
        slow.SetResult();
        Assert.True(await first);
        await Task.Delay(600);
        Assert.True(await deadline.RunAsync(static (_, token) => token.IsCancellationRequested ? ValueTask.FromCanceled(token) : ValueTask.CompletedTask, 0), "the first send's timer fired into the second");

        var stuck = await deadline.RunAsync(static (_, token) => new ValueTask(Task.Delay(Timeout.Infinite, token)), 0).AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.False(stuck, "a send that never finishes was not given up");
    }

    private static async ValueTask SendAsync((Socket Server, byte[] Bytes) send, CancellationToken token) =>
        await send.Server.SendAsync(send.Bytes, SocketFlags.None, token);
}
