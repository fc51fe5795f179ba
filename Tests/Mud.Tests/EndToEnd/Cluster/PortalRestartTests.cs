using System.Net;

namespace Mud.Tests.EndToEnd.Cluster;

/// <summary>
/// The Portal dies (SIGKILL) and is started again: its players reconnect and log in, and the silos close the
/// sessions the dead Portal left behind, so their characters leave the world. A Portal that is stopped closes
/// its sessions itself before it goes.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(EndToEndCollection.Name)]
public sealed class PortalRestartTests
{
    [Fact]
    public async Task PortalRestart_PlayersLogInAgain_AndTheDeadPortalsSessionsAreClosed()
    {
        await using var cluster = await ClusterMud.StartAsync(silos: 2, settings: new Dictionary<string, string>
        {
            ["Mud__Cluster__PortalTimeoutSeconds"] = "6",
            ["Mud__Silo__Dashboard"] = "true",
        });
        var (alice, aliceName) = await cluster.LogInAsync();
        var (bob, bobName) = await cluster.LogInAsync();
        await alice.WaitForAsync($"{bobName} has entered the game.");
        await AssertAdminSurfaceAsync(cluster.Mud);

        var oldPortal = (await cluster.Database.StoredSessionsAsync("telnet-"))[0].Split('-')[1];
        Assert.Equal(2, (await cluster.Database.StoredSessionsAsync($"telnet-{oldPortal}-")).Count);

        ProcessReaper.Kill(cluster.Mud.Pids()["portal"]);
        await alice.WaitForClosedAsync();
        await bob.WaitForClosedAsync();
        await cluster.Mud.RunLauncherAsync(["restart", "portal"]);

        var again = await cluster.ConnectAsync();
        await again.WaitForAsync("connect <name>");
        await again.SendLineAsync($"connect {aliceName} s3cretpw");
        await again.WaitForAsync($"Welcome, {aliceName}");
        await again.WaitForAsync("Exits:");

        // Bob never came back: once the silos give up on the old Portal, he leaves the world (perhaps before Alice is
        // back to see him go, so ask who is online until he is not).
        await WaitUntilAloneAsync(again);
        await again.SendLineAsync("look");
        var look = await again.WaitForAsync("Exits:");
        Assert.DoesNotContain(bobName, look, StringComparison.Ordinal);
        Assert.Empty(await cluster.Database.StoredSessionsAsync($"telnet-{oldPortal}-"));
        Assert.Equal("village-square", await cluster.Database.StoredLocationAsync(bobName));
    }

    [Fact]
    public async Task PortalStoppedGracefully_ClosesItsSessionsBeforeItGoes_SoTheirCharactersLeaveTheWorldAtOnce()
    {
        // A timeout no test waits for: only the stopping Portal itself can close its sessions here.
        await using var cluster = await ClusterMud.StartAsync(silos: 1, settings: new Dictionary<string, string>
        {
            ["Mud__Cluster__PortalTimeoutSeconds"] = "600",
        });
        var (alice, aliceName) = await cluster.LogInAsync();
        var (bob, bobName) = await cluster.LogInAsync();
        await alice.WaitForAsync($"{bobName} has entered the game.");
        var oldPortal = (await cluster.Database.StoredSessionsAsync("telnet-"))[0].Split('-')[1];

        await cluster.Mud.RunLauncherAsync(["restart", "portal"]);

        await alice.WaitForAsync("The portal is shutting down");
        await alice.WaitForClosedAsync();
        await bob.WaitForClosedAsync();
        Assert.Empty(await cluster.Database.StoredSessionsAsync($"telnet-{oldPortal}-"));
        var again = await cluster.ConnectAsync();
        await again.WaitForAsync("connect <name>");
        await again.SendLineAsync($"connect {aliceName} s3cretpw");
        await again.WaitForAsync("Exits:");
        await again.SendLineAsync("who");
        await again.WaitForAsync("One player is in the game");
        Assert.Equal("village-square", await cluster.Database.StoredLocationAsync(bobName));
    }

    private static async Task WaitUntilAloneAsync(TelnetTestClient player)
    {
        for (var asked = 0; ; asked++)
        {
            await player.SendLineAsync("who");
            if (await player.WaitForEitherAsync("One player is in the game", "2 players are in the game", TimeSpan.FromSeconds(20)) == "One player is in the game")
            {
                return;
            }

            Assert.True(asked < 40, "The dead Portal's other session was still in the game 40 s after the new Portal started.");
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    private static async Task AssertAdminSurfaceAsync(MudInstance mud)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        Assert.Equal("ok", await http.GetStringAsync($"http://127.0.0.1:{mud.SiloAdminPort}/health/ready"));
        Assert.Equal("ok", await http.GetStringAsync($"http://127.0.0.1:{mud.SiloAdminPorts[1]}/health"));
        Assert.Equal("ok", await http.GetStringAsync($"http://127.0.0.1:{mud.PortalAdminPort}/health/ready"));
        var siloMetrics = await http.GetStringAsync($"http://127.0.0.1:{mud.SiloAdminPort}/metrics");
        Assert.Contains("mud_grain_calls", siloMetrics, StringComparison.Ordinal);
        Assert.Contains("dotnet_gc_pause_time", siloMetrics, StringComparison.Ordinal);
        var portalMetrics = await http.GetStringAsync($"http://127.0.0.1:{mud.PortalAdminPort}/metrics");
        Assert.Contains("mud_sessions", portalMetrics, StringComparison.Ordinal);
        Assert.Contains("mud_commands", portalMetrics, StringComparison.Ordinal);
        Assert.Contains("kestrel", await http.GetStringAsync($"http://127.0.0.1:{mud.WebAdminPort}/metrics"), StringComparison.Ordinal);
        using var dashboard = await http.GetAsync($"http://127.0.0.1:{mud.SiloAdminPort}/dashboard");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);

        // The site's port does not serve the admin endpoints, whatever Host header a visitor sends.
        using var request = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{mud.WebPort}/metrics");
        request.Headers.Host = $"127.0.0.1:{mud.WebAdminPort}";
        using var refused = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
    }
}
