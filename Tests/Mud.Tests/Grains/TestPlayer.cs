using System.Collections.Immutable;
using Mud.Oob;
using Mud.Sessions;

namespace Mud.Tests.Grains;

/// <summary>A session driven straight through the session grain, as a front end would.</summary>
public sealed class TestPlayer(IClusterClient client, RecordingPortal portal, IPortalObserver observer, string sessionId)
{
    public string SessionId => sessionId;

    public ISessionGrain Session => client.GetGrain<ISessionGrain>(sessionId);

    public static async Task<TestPlayer> ConnectAsync(IClusterClient client, RecordingPortal portal, IPortalObserver observer, string address = "127.0.0.1")
    {
        var player = new TestPlayer(client, portal, observer, "test-" + Guid.NewGuid().ToString("N"));
        await player.Session.OpenAsync(new SessionOpening(observer, "test-portal", "test", address));
        return player;
    }

    /// <summary>Creates an account with a unique name and logs in; returns the display name.</summary>
    public static async Task<(TestPlayer Player, string Name)> LoggedInAsync(IClusterClient client, RecordingPortal portal, IPortalObserver observer)
    {
        var name = UniqueName();
        var player = await ConnectAsync(client, portal, observer);
        await player.TypeAsync($"create {name} s3cretpw");
        await player.TypeAsync($"connect {name} s3cretpw");
        await player.WaitForAsync("Exits:");
        return (player, name);
    }

    /// <summary>Opens another session and logs in to an existing account with it.</summary>
    public static async Task<TestPlayer> LogInAsync(IClusterClient client, RecordingPortal portal, IPortalObserver observer, string name)
    {
        var player = await ConnectAsync(client, portal, observer);
        await player.TypeAsync($"connect {name} s3cretpw");
        await player.WaitForAsync($"Welcome, {name}");
        return player;
    }

    /// <summary>A valid, unused name: letters only.</summary>
    public static string UniqueName() =>
        "T" + new string(Guid.NewGuid().ToString("N").Select(c => (char)('a' + (c % 26))).Take(12).ToArray());

    /// <summary>Types a line; its reply is handed to the recording front end, as a real one delivers it.</summary>
    public async Task TypeAsync(string line) => await ReceiveAsync(await Session.InputAsync(line));

    /// <summary>Types a line and returns the plain text of its reply (what the command answered this session), handing it to the front end too.</summary>
    public async Task<IReadOnlyList<string>> TypeAndReadAsync(string line)
    {
        var reply = await Session.InputAsync(line);
        await ReceiveAsync(reply);
        return [.. reply.OfType<TextOutput>().Select(t => Mud.Text.Markup.Strip(t.Markup))];
    }

    /// <summary>Sends an out-of-band message; a command it runs answers as a typed line does.</summary>
    public async Task SendOobAsync(OobProtocol protocol, OobMessage message) => await ReceiveAsync(await Session.OobInputAsync(protocol, message));

    public Task<string> WaitForAsync(string fragment) => portal.WaitForAsync(sessionId, fragment);

    /// <summary>Whether anything received so far contains <paramref name="fragment"/>.</summary>
    public bool HasReceived(string fragment) => Received.Any(t => t.Contains(fragment, StringComparison.Ordinal));

    public IReadOnlyList<string> Received => portal.TextOf(sessionId);

    public void ClearReceived() => portal.Forget(sessionId);

    public IPortalObserver Observer => observer;

    private Task ReceiveAsync(ImmutableArray<SessionOutput> reply) =>
        reply.IsEmpty ? Task.CompletedTask : observer.DeliverAsync(new OutputBatch([.. reply.Select(o => new Delivery([sessionId], o))]));
}
