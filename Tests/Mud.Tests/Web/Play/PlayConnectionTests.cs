using Microsoft.Extensions.Logging.Abstractions;
using Mud.Accounts;
using Mud.Sessions;
using Mud.Tests.Grains;
using Mud.Tests.Portal.Cluster;
using Mud.WebPortal.Services.Play;

namespace Mud.Tests.Web.Play;

/// <summary>A web play session against a real cluster, through the WebPortal's own link.</summary>
[Collection(GameClusterCollection.Name)]
[Trait("Category", "Integration")]
public sealed class PlayConnectionTests(GameClusterFixture cluster)
{
    [Fact]
    public async Task ClosingATab_WhoseInputQueueIsFull_StillClosesTheSession()
    {
        var name = TestPlayer.UniqueName();
        Assert.True((await cluster.Client.GetGrain<IAccountGrain>(NameRules.KeyOf(name)).CreateAsync(name, new Password("s3cretpw"))).Succeeded);
        var connections = new PlayConnections();
        var identity = new WebPortalIdentity(cluster.Client, new WebPortalObserver(connections, TimeProvider.System));
        var link = new WebPortalLink(cluster.Client, identity, connections, new StartedApplication(), NullLogger<WebPortalLink>.Instance);
        var connection = new PlayConnection(cluster.Client, identity, link, connections, NullLogger.Instance);

        // The game is away (the link is not online yet): the tab's lines wait until the queue is full.
        connection.Start(NameRules.KeyOf(name), "127.0.0.1", character: null);
        var accepted = 0;
        while (connection.Send("say hello") && accepted < 1000)
        {
            accepted++;
        }

        Assert.True(accepted < 1000, "the input queue should have filled up");
        await link.StartAsync(CancellationToken.None);
        try
        {
            await connection.DisposeAsync();

            Assert.Empty(await cluster.Client.GetGrain<ISessionGrain>(connection.SessionId).InputAsync("look"));
            Assert.Empty((await cluster.Client.GetGrain<IAccountGrain>(NameRules.KeyOf(name)).GetOverviewAsync()).Sessions);
        }
        finally
        {
            await link.StopAsync(CancellationToken.None);
        }
    }
}
