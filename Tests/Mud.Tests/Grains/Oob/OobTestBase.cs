using Mud.Oob;
using Mud.Sessions;

namespace Mud.Tests.Grains.Oob;

/// <summary>Grain tests of out-of-band data: players whose front end speaks MSDP, GMCP or JSON, recorded by an <see cref="OobRecorder"/>.</summary>
public abstract class OobTestBase : IDisposable
{
    private readonly RecordingPortal _text = new();
    private readonly IPortalObserver _observer;

    protected OobTestBase(GameClusterFixture cluster)
    {
        Client = cluster.Client;
        Recorder = new OobRecorder(_text);
        _observer = Client.CreateObjectReference<IPortalObserver>(Recorder);
    }

    protected IClusterClient Client { get; }

    protected OobRecorder Recorder { get; }

    public void Dispose()
    {
        Client.DeleteObjectReference<IPortalObserver>(_observer);
        GC.SuppressFinalize(this);
    }

    /// <summary>A logged-in player whose connection speaks <paramref name="protocols"/>.</summary>
    protected async Task<(TestPlayer Player, string Name)> PlayerSpeakingAsync(OobProtocols protocols)
    {
        var (player, name) = await TestPlayer.LoggedInAsync(Client, _text, _observer);
        await player.Session.UpdateClientAsync(new ClientDetails("test", 80, true, protocols));
        return (player, name);
    }

    /// <summary>A player at the connection screen whose connection speaks <paramref name="protocols"/>.</summary>
    protected async Task<TestPlayer> ConnectedSpeakingAsync(OobProtocols protocols)
    {
        var player = await TestPlayer.ConnectAsync(Client, _text, _observer);
        await player.Session.UpdateClientAsync(new ClientDetails("test", 80, true, protocols));
        return player;
    }

    protected static Task SendAsync(TestPlayer player, OobProtocol protocol, string name, params string[] args) =>
        player.SendOobAsync(protocol, OobMessage.Of(name, args.Select(OobValue.Of)));

    protected static Task SendKwargsAsync(TestPlayer player, OobProtocol protocol, string name, params OobField[] kwargs) =>
        player.SendOobAsync(protocol, OobMessage.WithKwargs(name, kwargs));

    protected Task<IReadOnlyList<OobRecorder.Received>> WaitForMsdpAsync(TestPlayer player, string variable, Func<string, bool> value, string expected, int count = 1, TimeSpan? timeout = null) =>
        Recorder.WaitForAsync(player.SessionId, OobProtocol.Msdp, m => m.Name == variable && m.Args.Length == 1 && value(m.Args[0].AsText()), $"{variable} {expected}", count, timeout);

    protected Task<IReadOnlyList<OobRecorder.Received>> WaitForPackageAsync(TestPlayer player, OobProtocol protocol, string package, Func<OobMessage, bool>? match = null, int count = 1) =>
        Recorder.WaitForAsync(player.SessionId, protocol, m => m.Name == package && (match?.Invoke(m) ?? true), package, count);

    /// <summary>Runs a command and waits for its answer, so everything sent before it has been delivered too.</summary>
    protected static async Task FenceAsync(TestPlayer player)
    {
        var marker = "fence" + Guid.NewGuid().ToString("N")[..8];
        await player.TypeAsync($"help {marker}");
        await player.WaitForAsync(marker);
    }

    protected static double Number(OobMessage message, string kwarg) => message.Kwarg(kwarg) is OobNumber n ? n.Value : double.NaN;
}
