using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

namespace Mud.Tests.EndToEnd.Cluster;

/// <summary>
/// Three silos on PostgreSQL, players on real sockets, and a silo killed with SIGKILL under them. The test also
/// measures the failover (kill to every player's next command answered); set <c>MUD_FAILOVER_KILLS=5</c> for a
/// series of kills, one silo after another, and read the figures in the test output
/// (<c>deploy/scripts/measure-failover.sh</c> does both).
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(EndToEndCollection.Name)]
public sealed class SiloFailoverTests(ITestOutputHelper output)
{
    private static readonly TimeSpan FailoverTimeout = TimeSpan.FromSeconds(60);

    private static int Kills => int.TryParse(Environment.GetEnvironmentVariable("MUD_FAILOVER_KILLS"), CultureInfo.InvariantCulture, out var kills) && kills > 0 ? kills : 1;

    [Fact]
    public async Task KillingASilo_KeepsEverySocket_AndPlayGoesOn_WithNothingAcknowledgedLost()
    {
        await using var cluster = await ClusterMud.StartAsync(silos: 3);
        var status = await cluster.Mud.RunLauncherAsync("status");
        foreach (var silo in cluster.SiloNames)
        {
            Assert.Contains($"pid {cluster.Mud.Pids()[silo]}", status, StringComparison.Ordinal);
        }

        var players = new List<(TelnetTestClient Client, string Name)>();
        for (var i = 0; i < 4; i++)
        {
            players.Add(await cluster.LogInAsync());
        }

        // Two players stand together in Bakery Lane, so one can hear the other.
        foreach (var (client, _) in players.Take(2))
        {
            await client.SendLineAsync("east");
            await client.WaitForAsync("Bakery Lane");
        }

        var mover = players[2];
        var expectedRoom = "village-square";
        var failovers = new List<TimeSpan>();
        for (var kill = 0; kill < Kills; kill++)
        {
            // Acknowledged just before the kill: a new account with its character, and a move.
            var newcomer = await cluster.ConnectAsync();
            var newcomerName = "New" + new string(Guid.NewGuid().ToString("N").Select(c => (char)('a' + (c % 26))).Take(8).ToArray());
            await newcomer.WaitForAsync("connect <name>");
            await newcomer.SendLineAsync($"create {newcomerName} s3cretpw");
            await newcomer.WaitForAsync("created");
            (var direction, var roomName, expectedRoom) = kill % 2 == 0
                ? ("north", "The Crooked Lantern", "crooked-lantern")
                : ("south", "Millbrook Village Square", "village-square");
            await mover.Client.SendLineAsync(direction);
            await mover.Client.WaitForAsync(roomName);

            var victim = $"silo{(kill % cluster.Silos) + 1}";
            var clock = Stopwatch.StartNew();
            ProcessReaper.Kill(cluster.Mud.Pids()[victim]);

            // Every player types at once, and each line is answered once the cluster has failed over.
            var answered = await Task.WhenAll(players.Select(async (player, i) =>
            {
                var line = $"still here {kill}.{i}";
                await player.Client.SendLineAsync($"say {line}");
                await player.Client.WaitForAsync($"You say, \"{line}\"", FailoverTimeout);
                return clock.Elapsed;
            }));
            var failover = answered.Max();
            failovers.Add(failover);
            output.WriteLine($"kill {kill + 1} ({victim}): every player answered {failover.TotalMilliseconds:F0} ms after SIGKILL " +
                $"(first {answered.Min().TotalMilliseconds:F0} ms)");

            Assert.All(players, p => Assert.False(p.Client.Closed, $"{p.Name}'s socket was dropped by kill {kill + 1}"));
            await players[0].Client.SendLineAsync($"say heard {kill}");
            await players[1].Client.WaitForAsync($"{players[0].Name} says, \"heard {kill}\"");
            await mover.Client.SendLineAsync("look");
            await mover.Client.WaitForAsync(roomName);

            await newcomer.SendLineAsync($"connect {newcomerName} s3cretpw");
            await newcomer.WaitForAsync($"Welcome, {newcomerName}");
            await newcomer.WaitForAsync("Exits:");
            Assert.True(await cluster.Database.AccountExistsAsync(newcomerName));
            Assert.NotNull(await cluster.Database.StoredLocationAsync(newcomerName));

            // Back to three silos for the next round.
            if (kill + 1 < Kills)
            {
                await cluster.Mud.RunLauncherAsync(["restart", victim]);
            }
        }

        Assert.Equal(expectedRoom, await cluster.Database.StoredLocationAsync(mover.Name));
        var sorted = failovers.Select(f => f.TotalMilliseconds).Order().ToList();
        var median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
        output.WriteLine($"failover over {sorted.Count} kill(s): median {median:F0} ms, worst {sorted[^1]:F0} ms");
    }
}
