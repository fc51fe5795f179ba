using Xunit.Abstractions;

namespace Mud.Tests.EndToEnd.Cluster;

/// <summary>
/// <c>./mud reload</c> with three silos restarts them one at a time while players keep typing, and an out-of-band
/// client's subscriptions keep delivering.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(EndToEndCollection.Name)]
public sealed class RollingRestartTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Reload_RestartsEverySiloInTurn_KeepingEverySocketAndEveryLine()
    {
        await using var cluster = await ClusterMud.StartAsync(silos: 3);
        var players = new List<(TelnetTestClient Client, string Name)>();
        for (var i = 0; i < 4; i++)
        {
            players.Add(await cluster.LogInAsync());
        }

        foreach (var (client, _) in players.Take(2))
        {
            await client.SendLineAsync("east");
            await client.WaitForAsync("Bakery Lane");
        }

        // An out-of-band client with a change report and a scheduled send, taken before the restart.
        await using var oob = await OobTelnetClient.ConnectAsync(cluster.Mud.TelnetPort, "Char 1");
        await oob.CreateAndConnectAsync();
        await oob.SendMsdpAsync(OobTelnetClient.MsdpVar("REPORT", "HEALTH"));
        await oob.SendMsdpAsync(OobTelnetClient.MsdpVar("REPEAT", "1", "SERVER_TIME"));
        await oob.WaitForMsdpAsync("HEALTH", v => v.SequenceEqual("100"u8.ToArray()));
        await oob.WaitForMsdpAsync("SERVER_TIME", count: 2);
        await oob.SendLineAsync("south");
        await oob.SendLineAsync("south");
        await oob.WaitForTextAsync("The Training Yard");

        var before = cluster.SiloNames.ToDictionary(s => s, s => cluster.Mud.Pids()[s]);
        var reload = cluster.Mud.RunLauncherAsync("reload");

        // Players go on typing while the silos go and come back, one line each every half second.
        var typed = 0;
        while (!reload.IsCompleted && typed < 120)
        {
            foreach (var (client, _) in players)
            {
                await client.SendLineAsync($"say tick {typed}");
            }

            typed++;
            await Task.WhenAny(reload, Task.Delay(TimeSpan.FromMilliseconds(500)));
        }

        var reloaded = await reload;
        Assert.Contains("reloaded", reloaded, StringComparison.Ordinal);
        foreach (var silo in cluster.SiloNames)
        {
            Assert.NotEqual(before[silo], cluster.Mud.Pids()[silo]);
        }

        var open = players.Count(p => !p.Client.Closed);
        output.WriteLine($"rolling restart of {cluster.Silos} silos: sockets kept {open}/{players.Count}, {typed} lines typed by each player meanwhile");
        Assert.Equal(players.Count, open);

        // Every line typed during the restart ran. The proof of a line is its echo to the speaker or its copy to
        // the partner in the same room: output pushed in the instant a silo stops can be lost in transit (Orleans
        // pushes are one-way), so one of the two may be missing, never both.
        foreach (var (client, _) in players)
        {
            await client.FenceAsync();
        }

        var echoesLost = 0;
        for (var i = 0; i < players.Count; i++)
        {
            var (client, name) = players[i];
            var partner = players[i ^ 1].Client.Transcript;
            var own = client.Transcript;
            for (var n = 0; n < typed; n++)
            {
                var echoed = own.Contains($"You say, \"tick {n}\"", StringComparison.Ordinal);
                echoesLost += echoed ? 0 : 1;
                Assert.True(echoed || partner.Contains($"{name} says, \"tick {n}\"", StringComparison.Ordinal), $"{name}'s line 'tick {n}' never ran");
            }
        }

        output.WriteLine($"{echoesLost} of {typed * players.Count} echoes were lost in transit (the partner heard those lines)");

        await players[0].Client.SendLineAsync("say after the reload");
        await players[1].Client.WaitForAsync($"{players[0].Name} says, \"after the reload\"");
        await players[1].Client.SendLineAsync("look");
        await players[1].Client.WaitForAsync($"Also here: {players[0].Name}");
        await players[3].Client.SendLineAsync("who");
        await players[3].Client.WaitForAsync("5 players are in the game");
        // Nobody subscribed again: the scheduled send keeps coming, and a change is still reported.
        Assert.False(oob.Closed);
        var timesBefore = oob.MsdpValues("SERVER_TIME").Count;
        await oob.WaitForMsdpAsync("SERVER_TIME", count: timesBefore + 2);
        await oob.SendLineAsync("attack dummy");
        await oob.WaitForTextAsync("hits you for");
        await oob.WaitForMsdpAsync("HEALTH", v => int.Parse(System.Text.Encoding.ASCII.GetString(v), System.Globalization.CultureInfo.InvariantCulture) < 100);

        Assert.Equal("bakery-lane", await cluster.Database.StoredLocationAsync(players[0].Name));
        Assert.Equal("village-square", await cluster.Database.StoredLocationAsync(players[3].Name));
    }
}
