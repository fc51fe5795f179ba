using System.Collections.Concurrent;
using Mud.Oob;
using Mud.Sessions;
using Orleans.Storage;

namespace Mud.Tests.Grains;

/// <summary>
/// What negotiation learns about a client (terminal type, window size, out-of-band protocols) is kept in the
/// session grain's memory: a client resizing its window in a loop must not cost a database write each time.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ClientDetailsStorageTests(ClientDetailsStorageTests.CountingClusterFixture cluster)
    : PlayerTestBase(cluster), IClassFixture<ClientDetailsStorageTests.CountingClusterFixture>
{
    [Fact]
    public async Task ClientDetails_BeforeLogin_AreNeverWritten()
    {
        var player = await ConnectAsync();
        var writesAfterOpening = cluster.Storage!.WritesOf(player.SessionId);

        for (var width = 60; width < 160; width++)
        {
            await player.Session.UpdateClientAsync(new ClientDetails("Mudlet", width, Colour: true));
        }

        Assert.Equal(writesAfterOpening, cluster.Storage.WritesOf(player.SessionId));
    }

    [Fact]
    public async Task ClientDetails_AfterLogin_AreNeverWrittenOnTheirOwn()
    {
        var (player, _) = await NewAccountAsync();
        var writesAfterLogin = cluster.Storage!.WritesOf(player.SessionId);

        for (var width = 60; width < 110; width++)
        {
            await player.Session.UpdateClientAsync(new ClientDetails("Mudlet", width, Colour: true, OobProtocols.Gmcp));
        }

        Assert.Equal(writesAfterLogin, cluster.Storage.WritesOf(player.SessionId));
    }

    [Fact]
    public async Task ClientDetails_KeptInMemory_AreShownBySessions()
    {
        var (player, _) = await NewAccountAsync();
        await player.Session.UpdateClientAsync(new ClientDetails("TinTin++", 80, Colour: true));

        await player.TypeAsync("sessions");

        await player.WaitForAsync("(TinTin++)");
    }

    public sealed class CountingClusterFixture : WrappedStorageClusterFixture<CountingStorage>
    {
        protected override CountingStorage Wrap(IGrainStorage memory) => new(memory);
    }

    /// <summary>In-memory storage that counts the writes of each session grain.</summary>
    public sealed class CountingStorage(IGrainStorage inner) : IGrainStorage
    {
        private readonly ConcurrentDictionary<string, int> _sessionWrites = new(StringComparer.Ordinal);

        public int WritesOf(string sessionId) => _sessionWrites.GetValueOrDefault(sessionId);

        public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
            inner.ReadStateAsync(stateName, grainId, grainState);

        public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            if (grainId.Type.ToString() == "session")
            {
                _sessionWrites.AddOrUpdate(grainId.Key.ToString()!, 1, (_, count) => count + 1);
            }

            return inner.WriteStateAsync(stateName, grainId, grainState);
        }

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
            inner.ClearStateAsync(stateName, grainId, grainState);
    }
}
