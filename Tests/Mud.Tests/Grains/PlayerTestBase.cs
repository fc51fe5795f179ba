using Mud.Accounts;
using Mud.Sessions;

namespace Mud.Tests.Grains;

/// <summary>A recording front end registered with a test cluster, and shortcuts for driving players through it.</summary>
public abstract class PlayerTestBase(GameClusterFixture cluster) : IDisposable
{
    private readonly RecordingPortal _portal = new();
    private IPortalObserver? _observer;

    protected IClusterClient Client => cluster.Client;

    protected IPortalObserver Observer => _observer ??= Client.CreateObjectReference<IPortalObserver>(_portal);

    public void Dispose()
    {
        if (_observer is not null)
        {
            Client.DeleteObjectReference<IPortalObserver>(_observer);
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>A new account, logged in, with its first session.</summary>
    protected Task<(TestPlayer Player, string Name)> NewAccountAsync() => TestPlayer.LoggedInAsync(Client, _portal, Observer);

    /// <summary>Another session logged in to <paramref name="account"/>.</summary>
    protected Task<TestPlayer> LogInAsync(string account) => TestPlayer.LogInAsync(Client, _portal, Observer, account);

    protected Task<TestPlayer> ConnectAsync(string address = "127.0.0.1") => TestPlayer.ConnectAsync(Client, _portal, Observer, address);

    protected IAccountGrain Account(string name) => Client.GetGrain<IAccountGrain>(name.ToLowerInvariant());

    /// <summary>Runs a command and waits for its answer, so everything sent before it has been delivered too.</summary>
    protected static async Task FenceAsync(TestPlayer player)
    {
        var marker = "fence" + Guid.NewGuid().ToString("N")[..8];
        await player.TypeAsync($"help {marker}");
        await player.WaitForAsync(marker);
    }
}
