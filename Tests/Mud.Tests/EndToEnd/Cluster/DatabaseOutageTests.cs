using System.Diagnostics;
using Mud.Storage;
using Mud.Text;

namespace Mud.Tests.EndToEnd.Cluster;

/// <summary>PostgreSQL stops for 20 s under play and comes back; the game neither crashes nor needs a restart.</summary>
[Trait("Category", "EndToEnd")]
[Collection(EndToEndCollection.Name)]
public sealed class DatabaseOutageTests
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task DatabaseOutage_WritesFailWithAClearMessage_PlayGoesOn_AndTheGameRecovers()
    {
        await using var postgres = await PrivatePostgres.StartAsync();
        await using var cluster = await ClusterMud.StartAsync(silos: 2, server: postgres.ConnectionString);
        var (alice, aliceName) = await cluster.LogInAsync();
        var (bob, bobName) = await cluster.LogInAsync();
        await alice.WaitForAsync($"{bobName} has entered the game.");
        var silos = cluster.SiloNames.Select(s => cluster.Mud.Pids()[s]).ToList();
        var refused = Markup.Strip(GameStorageException.PlayerMessage);

        await postgres.PauseAsync();
        var down = Stopwatch.StartNew();

        // A move must be saved, so it fails whole: Alice is told, and stays where she was.
        await alice.SendLineAsync("north");
        await alice.WaitForAsync(refused);
        await alice.SendLineAsync("look");
        await alice.WaitForAsync("Millbrook Village Square");

        // A newcomer cannot get a session yet, and is told so rather than left hanging.
        var carol = await cluster.ConnectAsync();
        await carol.WaitForAsync("cannot open a session right now");

        // Talking needs no database: play goes on for the rest of the outage.
        for (var n = 0; down.Elapsed < Outage; n++)
        {
            await bob.SendLineAsync($"say during the outage {n}");
            await alice.WaitForAsync($"{bobName} says, \"during the outage {n}\"");
            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        await postgres.ResumeAsync();

        await carol.WaitForAsync("connect <name>", TimeSpan.FromSeconds(30));
        await MoveNorthOnceTheDatabaseAnswersAsync(alice, refused);
        await bob.SendLineAsync("north");
        await bob.WaitForAsync("The Crooked Lantern");
        await alice.WaitForAsync($"{bobName} arrives");
        Assert.Equal("crooked-lantern", await cluster.Database.StoredLocationAsync(aliceName));
        Assert.Equal("crooked-lantern", await cluster.Database.StoredLocationAsync(bobName));
        Assert.All(silos, pid => Assert.True(ProcessReaper.IsAlive(pid), $"silo {pid} did not survive the outage"));
        Assert.False(alice.Closed);
        Assert.False(bob.Closed);
    }

    // Connections the pool held when the server went away fail once each before fresh ones are made, so the first
    // attempts after the outage may still be refused (with the same clear message): try a few times.
    private static async Task MoveNorthOnceTheDatabaseAnswersAsync(TelnetTestClient player, string refused)
    {
        for (var attempt = 1; ; attempt++)
        {
            await player.SendLineAsync("north");
            var seen = await player.WaitForEitherAsync("The Crooked Lantern", refused, TimeSpan.FromSeconds(30));
            if (seen == "The Crooked Lantern")
            {
                return;
            }

            Assert.True(attempt < 10, "The move was still refused ten tries after the database came back.");
        }
    }
}
