using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using Xunit.Abstractions;

namespace Mud.Tests.EndToEnd.Cluster;

/// <summary>
/// Three silos on PostgreSQL, two players handing items to each other without pause over real sockets, and silos
/// killed with SIGKILL under them: a give cut short is run again by the Portal, and no item may be lost or doubled.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(EndToEndCollection.Name)]
public sealed partial class GiveDuringSiloKillTests(ITestOutputHelper output)
{
    private static readonly TimeSpan FailoverTimeout = TimeSpan.FromSeconds(60);

    private static readonly string[] Colours = ["red", "blue", "green", "amber", "white", "black"];

    // Gives each player completes before a kill, and again after it (answered once the cluster has failed over).
    private const int GivesBetweenKills = 5;

    [Fact]
    public async Task GivingBackAndForth_WhileSilosAreKilled_LeavesEveryItemInExactlyOneInventory()
    {
        await using var cluster = await ClusterMud.StartAsync(silos: 3, settings: new Dictionary<string, string>
        {
            // The players give without pause; the flood limit would drop their lines, which is not what is tested here.
            ["Mud__Telnet__CommandsPerSecond"] = "10000",
        });
        // The first account created in a fresh game is its Developer, who may make items.
        var developer = await cluster.LogInAsync();
        var alice = await cluster.LogInAsync();
        var bob = await cluster.LogInAsync();
        await developer.Client.WaitForAsync($"{bob.Name} has entered the game.");

        var items = new Dictionary<string, string>();
        foreach (var (colour, i) in Colours.Select((c, i) => (c, i)))
        {
            var name = $"a {colour} stone";
            await developer.Client.SendLineAsync($"@create {name};{colour}stone");
            items[name] = CreatedId().Match(await developer.Client.WaitForAsync("It is in your hands.")).Groups[1].Value;
            var to = i % 2 == 0 ? alice : bob;
            await developer.Client.SendLineAsync($"give {colour}stone to {to.Name}");
            await developer.Client.WaitForAsync($"You give {name} to {to.Name}.");
        }

        var answered = Channel.CreateUnbounded<int>();
        var inFlight = new int[2];
        using var stop = new CancellationTokenSource();
        var juggling = new[]
        {
            JuggleAsync(alice.Client, bob.Name, 0, answered.Writer, inFlight, stop.Token),
            JuggleAsync(bob.Client, alice.Name, 1, answered.Writer, inFlight, stop.Token),
        };

        for (var kill = 1; kill <= 2; kill++)
        {
            await UntilEachAnsweredAsync(answered.Reader, GivesBetweenKills, $"before kill {kill}");
            var victim = $"silo{kill}";
            var givesInFlight = Volatile.Read(ref inFlight[0]) + Volatile.Read(ref inFlight[1]);
            var clock = Stopwatch.StartNew();
            ProcessReaper.Kill(cluster.Mud.Pids()[victim]);
            await UntilEachAnsweredAsync(answered.Reader, GivesBetweenKills, $"after kill {kill} ({victim})");
            output.WriteLine($"kill {kill} ({victim}) with {givesInFlight} give(s) in flight: {GivesBetweenKills} more gives each answered {clock.ElapsedMilliseconds} ms later");
            if (kill == 1)
            {
                // Back to three silos, so the second kill takes another one of the three.
                await cluster.Mud.RunLauncherAsync(["restart", victim]);
            }
        }

        await stop.CancelAsync();
        await Task.WhenAll(juggling);

        var shown = new Dictionary<string, IReadOnlyList<string>>
        {
            [developer.Name] = await InventoryAsync(developer.Client),
            [alice.Name] = await InventoryAsync(alice.Client),
            [bob.Name] = await InventoryAsync(bob.Client),
        };
        foreach (var (name, id) in items)
        {
            output.WriteLine($"{name} ({id}): stored as held by {await cluster.Database.StoredHolderAsync(id) ?? "nobody"}");
        }

        foreach (var player in shown.Keys)
        {
            output.WriteLine($"{player}: shows {string.Join(", ", shown[player])}; stored {string.Join(", ", await cluster.Database.StoredInventoryAsync(player))}");
        }

        var everyListing = shown.Values.SelectMany(names => names).Order(StringComparer.Ordinal).ToList();
        Assert.True(
            items.Keys.Order(StringComparer.Ordinal).SequenceEqual(everyListing),
            $"Every item should be listed exactly once. Expected {string.Join(", ", items.Keys.Order(StringComparer.Ordinal))}; listed: " +
            string.Join("; ", shown.Select(s => $"{s.Key}: {string.Join(", ", s.Value)}")));
        Assert.Empty(shown[developer.Name]);

        foreach (var player in new[] { alice.Name, bob.Name })
        {
            var stored = await cluster.Database.StoredInventoryAsync(player);
            Assert.Equal(shown[player].Select(name => items[name]).Order(StringComparer.Ordinal), stored.Order(StringComparer.Ordinal));
            foreach (var name in shown[player])
            {
                Assert.Equal(player.ToLowerInvariant(), await cluster.Database.StoredHolderAsync(items[name]));
            }
        }

        Assert.All(new[] { developer, alice, bob }, p => Assert.False(p.Client.Closed, $"{p.Name}'s socket was dropped"));
    }

    // Gives the stones one after another to the other player, without pause, until stopped; answers are counted on
    // the channel (the player's index), and a give never answered ends the channel with the reason.
    private static async Task JuggleAsync(TelnetTestClient client, string other, int index, ChannelWriter<int> answered, int[] inFlight, CancellationToken stop)
    {
        try
        {
            for (var turn = 0; !stop.IsCancellationRequested; turn++)
            {
                var colour = Colours[turn % Colours.Length];
                Interlocked.Increment(ref inFlight[index]);
                await client.SendLineAsync($"give {colour}stone to {other}");
                // Either it was in this player's hands and is handed over, or the other player holds it.
                await client.WaitForEitherAsync("You give ", "You see no '", FailoverTimeout);
                Interlocked.Decrement(ref inFlight[index]);
                await answered.WriteAsync(index, CancellationToken.None);
            }
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException)
        {
            answered.TryComplete(new InvalidOperationException($"A give to {other} went unanswered", e));
        }
    }

    private static async Task UntilEachAnsweredAsync(ChannelReader<int> answered, int count, string when)
    {
        using var timeout = new CancellationTokenSource(FailoverTimeout);
        var seen = new int[2];
        try
        {
            while (seen.Min() < count)
            {
                seen[await answered.ReadAsync(timeout.Token)]++;
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"Each player should have had {count} gives answered {when}; answered: {seen[0]} and {seen[1]}.");
        }
    }

    // What a player's inventory lists, one name a line.
    private static async Task<IReadOnlyList<string>> InventoryAsync(TelnetTestClient client)
    {
        await client.FenceAsync();
        await client.SendLineAsync("inventory");
        if (await client.WaitForEitherAsync("You are carrying:", "You are not carrying anything.", FailoverTimeout) != "You are carrying:")
        {
            return [];
        }

        return [.. (await client.FenceAsync()).Split('\n').Where(line => line.StartsWith("  ", StringComparison.Ordinal)).Select(line => line.Trim())];
    }

    [GeneratedRegex(@"\((#\d+)\)\. It is in your hands\.")]
    private static partial Regex CreatedId();
}
