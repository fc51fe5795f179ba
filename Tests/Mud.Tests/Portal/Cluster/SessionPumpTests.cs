using Microsoft.Extensions.Logging.Abstractions;
using Mud.Portal.Cluster;
using Mud.Sessions;
using Mud.Tests.Grains;

namespace Mud.Tests.Portal.Cluster;

/// <summary>The pump that carries a connection's calls to its session grain, against a real cluster link.</summary>
[Collection(GameClusterCollection.Name)]
[Trait("Category", "Integration")]
public sealed class SessionPumpTests(GameClusterFixture cluster)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task TheClose_OfAConnectionWhosePumpIsFull_StillRuns_AfterWhatWasQueued()
    {
        var (link, pump) = NewPump();
        var ran = new List<string>();
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // The game is away (the link is not online yet), so the pump holds what the player typed until it is full.
        Assert.True(pump.TryEnqueue(Recording(ran, "first")));
        Assert.True(pump.TryEnqueue(Recording(ran, "second")));
        Assert.False(pump.TryEnqueue(Recording(ran, "third")), "the pump should be full by now");
        pump.Enqueue(_ =>
        {
            ran.Add("close");
            closed.TrySetResult();
            return Task.CompletedTask;
        });
        pump.Complete();

        var pumping = pump.RunAsync(CancellationToken.None);
        await link.StartAsync(CancellationToken.None);
        try
        {
            var finished = await Task.WhenAny(closed.Task, Task.Delay(Patience));
            Assert.True(finished == closed.Task, "the close queued after a full pump should run once the game is back");
            await pumping.WaitAsync(Patience);
            Assert.Equal(["first", "second", "close"], ran);
        }
        finally
        {
            await link.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task AnIdlePump_SendsTheCall_OnTheThreadThatQueuedIt()
    {
        var (link, pump) = NewPump();
        await link.StartAsync(CancellationToken.None);
        try
        {
            await link.WhenOnline(CancellationToken.None).WaitAsync(Patience);
            var pumping = pump.RunAsync(CancellationToken.None);
            var queuedOn = Environment.CurrentManagedThreadId;
            int? sentOn = null;

            // Nothing is awaited between queuing and the check: a pump that woke another thread would not have run it yet,
            // or would have run it elsewhere.
            Assert.True(pump.TryEnqueue(_ =>
            {
                sentOn = Environment.CurrentManagedThreadId;
                return Task.CompletedTask;
            }));
            Assert.Equal(queuedOn, sentOn);

            pump.Complete();
            await pumping.WaitAsync(Patience);
        }
        finally
        {
            await link.StopAsync(CancellationToken.None);
        }
    }

    private (ClusterLink Link, SessionPump Pump) NewPump()
    {
        var connections = new ConnectionRegistry();
        var identity = new PortalIdentity(cluster.Client, new PortalObserver(connections, TimeProvider.System));
        var link = new ClusterLink(cluster.Client, identity, connections, new LeavingSiloNotice(Path.Combine(Path.GetTempPath(), "mud-no-launcher-" + Guid.NewGuid().ToString("N"))), new StartedApplication(), NullLogger<ClusterLink>.Instance);
        return (link, new SessionPump(cluster.Client, link, new QuietConnection(identity.NewSessionId(), Client: null), capacity: 2, NullLogger.Instance));
    }

    private static Func<ISessionGrain, Task> Recording(List<string> ran, string name) => _ =>
    {
        ran.Add(name);
        return Task.CompletedTask;
    };
}
