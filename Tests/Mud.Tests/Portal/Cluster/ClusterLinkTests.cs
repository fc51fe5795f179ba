using Microsoft.Extensions.Logging.Abstractions;
using Mud.Portal.Cluster;
using Mud.Sessions;
using Mud.Tests.Grains;

namespace Mud.Tests.Portal.Cluster;

/// <summary>The Portal's link to the silos resuming its sessions, against a real cluster.</summary>
[Collection(GameClusterCollection.Name)]
[Trait("Category", "Integration")]
public sealed class ClusterLinkTests(GameClusterFixture cluster)
{
    [Fact]
    public async Task AResume_SendsTheClientDetailsAgain_AsTheSessionKeepsThemInMemoryOnly()
    {
        var connections = new ConnectionRegistry();
        var identity = new PortalIdentity(cluster.Client, new PortalObserver(connections, TimeProvider.System));
        var connection = new QuietConnection(identity.NewSessionId(), new ClientDetails("Mudlet", 120, Colour: true));
        var session = cluster.Client.GetGrain<ISessionGrain>(connection.SessionId);
        await session.OpenAsync(new SessionOpening(identity.Observer, identity.Id, "telnet", "127.0.0.1"));
        connections.Add(connection);
        var link = new ClusterLink(cluster.Client, identity, connections, new LeavingSiloNotice(Path.Combine(Path.GetTempPath(), "mud-no-launcher-" + Guid.NewGuid().ToString("N"))), new StartedApplication(), NullLogger<ClusterLink>.Instance);
        var online = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        link.Online += online.SetResult;

        // A new portal grain does not know this Portal yet, so the first heartbeat resumes every session, as after a silo restart.
        await link.StartAsync(CancellationToken.None);
        try
        {
            var finished = await Task.WhenAny(online.Task, Task.Delay(TimeSpan.FromSeconds(20)));
            Assert.True(finished == online.Task, "the link should have resumed its sessions and gone online");
            Assert.Equal("Mudlet", (await session.GetSummaryAsync()).ClientName);
        }
        finally
        {
            await link.StopAsync(CancellationToken.None);
            await session.CloseAsync();
        }
    }
}
