namespace Mud.Tests.EndToEnd;

/// <summary>The real launcher, silo, Portal and WebPortal processes, played over real telnet sockets.</summary>
[Trait("Category", "EndToEnd")]
[Collection(EndToEndCollection.Name)]
public sealed class LauncherEndToEndTests
{
    [Fact]
    public async Task TwoPlayers_OneSaysSomething_TheOtherSeesIt()
    {
        await using var mud = await MudInstance.StartAsync();
        await using var alice = await mud.ConnectAsync();
        await using var bob = await mud.ConnectAsync();
        var aliceName = await alice.CreateAndConnectAsync();
        var bobName = await bob.CreateAndConnectAsync();
        await alice.WaitForAsync($"{bobName} has entered the game.");

        await alice.SendLineAsync("say Hello there, Bob!");

        await alice.WaitForAsync("You say, \"Hello there, Bob!\"");
        await bob.WaitForAsync($"{aliceName} says, \"Hello there, Bob!\"");

        await bob.SendLineAsync("who");
        await bob.WaitForAsync("2 players are in the game");
        await bob.SendLineAsync("xyzzy");
        await bob.WaitForAsync("Unknown command 'xyzzy'");
    }

    [Fact]
    public async Task StopThenStart_KeepsTheAccountTheCharacterAndWhereItStood()
    {
        await using var mud = await MudInstance.StartAsync();
        string name;
        await using (var player = await mud.ConnectAsync())
        {
            name = await player.CreateAndConnectAsync();
            await player.SendLineAsync("north");
            await player.WaitForAsync("The Crooked Lantern");
        }

        await mud.RunLauncherAsync("stop");
        Assert.All(mud.Pids().Values, pid => Assert.False(ProcessReaper.IsAlive(pid)));
        await mud.RunLauncherAsync("start");

        await using var again = await mud.ConnectAsync();
        await again.WaitForAsync("connect <name>");
        await again.SendLineAsync($"connect {name} s3cretpw");
        await again.WaitForAsync($"Welcome, {name}");
        await again.WaitForAsync("The Crooked Lantern");
    }

    [Fact]
    public async Task Reload_HandsOverToANewSiloStartedBesideTheOld_WithoutLosingOrReorderingACommand()
    {
        await using var mud = await MudInstance.StartAsync();
        await using var alice = await mud.ConnectAsync();
        await using var bob = await mud.ConnectAsync();
        var aliceName = await alice.CreateAndConnectAsync();
        var bobName = await bob.CreateAndConnectAsync();
        await alice.SendLineAsync("east");
        await alice.WaitForAsync("Bakery Lane");
        await bob.SendLineAsync("east");
        await bob.WaitForAsync("Bakery Lane");
        var siloBefore = mud.Pids()["silo"];

        // Alice keeps typing from just before the reload until it is over: every line must be served, in order.
        await alice.SendLineAsync("say typed just before the reload");
        var reload = mud.RunLauncherAsync("reload");
        var typed = 0;
        while (!reload.IsCompleted)
        {
            await alice.SendLineAsync($"say during the reload {++typed}");
            await Task.WhenAny(reload, Task.Delay(TimeSpan.FromMilliseconds(200)));
        }

        var output = await reload;

        var active = output.IndexOf("is Active in the cluster", StringComparison.Ordinal);
        var stopped = output.IndexOf("old silo stopped", StringComparison.Ordinal);
        Assert.True(active >= 0 && stopped > active, $"Expected the new silo Active before the old one stopped:\n{output}");
        Assert.Contains("reloaded", output, StringComparison.Ordinal);
        Assert.NotEqual(siloBefore, mud.Pids()["silo"]);
        Assert.False(File.Exists(Path.Combine(mud.DataDirectory, "run", "silo-leaving.pid")), "the leaving silo's PID file outlived the reload");
        await alice.WaitForAsync("You say, \"typed just before the reload\"");
        await bob.WaitForAsync($"{aliceName} says, \"typed just before the reload\"");
        for (var i = 1; i <= typed; i++)
        {
            await alice.WaitForAsync($"You say, \"during the reload {i}\"");
            await bob.WaitForAsync($"{aliceName} says, \"during the reload {i}\"");
        }

        await bob.SendLineAsync("look");
        await bob.WaitForAsync("Bakery Lane");
        await bob.WaitForAsync($"Also here: {aliceName}");
        await bob.SendLineAsync("north");
        await bob.WaitForAsync("Hobb's Bakery");
        await alice.WaitForAsync($"{bobName} leaves north.");
        Assert.False(alice.Closed, $"{aliceName}'s socket was dropped by the reload");
        Assert.False(bob.Closed, $"{bobName}'s socket was dropped by the reload");

        // The silo now runs on the second set of ports, and the launcher says so.
        var status = await mud.RunLauncherAsync("status");
        Assert.Contains($"pid {mud.Pids()["silo"]}", status, StringComparison.Ordinal);
        Assert.Contains($"gateway port {mud.GatewayPorts[1]}", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReloadTwice_ComesBackToTheFirstPorts_AndRestartSiloKeepsTheCurrentOnes()
    {
        await using var mud = await MudInstance.StartAsync();
        await using var alice = await mud.ConnectAsync();
        await alice.CreateAndConnectAsync();

        await mud.RunLauncherAsync("reload");
        await mud.RunLauncherAsync(["restart", "silo"]);
        Assert.Contains($"gateway port {mud.GatewayPorts[1]}", await mud.RunLauncherAsync("status"), StringComparison.Ordinal);
        await mud.RunLauncherAsync("reload");
        Assert.Contains($"gateway port {mud.GatewayPorts[0]}", await mud.RunLauncherAsync("status"), StringComparison.Ordinal);

        await alice.SendLineAsync("say still here");
        await alice.WaitForAsync("You say, \"still here\"", TimeSpan.FromSeconds(60));
        Assert.False(alice.Closed);
    }

    [Theory]
    [InlineData("Mud__MultisessionMode=7", "Mud:MultisessionMode must be 0")]
    [InlineData("Mud__MultisessionMode=0 Mud__MaxCharactersPerAccount=5", "Mud:MaxCharactersPerAccount must be 1 (it is 5)")]
    [InlineData("Mud__Telnet__MaxQueuedLines=0", "Mud:Telnet:MaxQueuedLines must be between 1 and 10000")]
    [InlineData("Mud__WorldFile=/nonexistent/world.json", "/nonexistent/world.json: not found (the world file, Mud:WorldFile)")]
    public async Task Start_WithAnInvalidSetting_FailsNamingIt_AndLeavesNothingRunning(string settings, string expected)
    {
        await using var mud = MudInstance.Create(settings.Split(' ').Select(s => s.Split('=')).ToDictionary(s => s[0], s => s[1]));

        var (exitCode, output) = await mud.RunLauncherWithExitCodeAsync(["start"]);

        Assert.NotEqual(0, exitCode);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        var status = await mud.RunLauncherAsync("status", expectSuccess: false);
        Assert.Equal(3, status.Split('\n').Count(line => line.Contains("stopped", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Start_InMode0_OnDefaults_StartsWithOneCharacterPerAccount()
    {
        await using var mud = await MudInstance.StartAsync(new Dictionary<string, string> { ["Mud__MultisessionMode"] = "0" });
        await using var alice = await mud.ConnectAsync();
        await alice.CreateAndConnectAsync();

        await alice.SendLineAsync("charcreate Wanderer");

        await alice.WaitForAsync("An account has one character here");
    }

    [Fact]
    public async Task Status_OfSeveralSilos_ShowsThePortsGivenToEachSilo_NotABasePlusAnOffset()
    {
        await using var mud = MudInstance.Create();
        Directory.CreateDirectory(Path.Combine(mud.DataDirectory, "run"));
        await File.WriteAllTextAsync(Path.Combine(mud.DataDirectory, "run", "cluster.env"), "SILOS=3\nPOSTGRES=''\n");

        var status = await mud.RunLauncherAsync("status", expectSuccess: false);

        var lines = status.Split('\n');
        for (var silo = 0; silo < 3; silo++)
        {
            var line = Assert.Single(lines, l => l.StartsWith($"silo{silo + 1} ", StringComparison.Ordinal));
            Assert.EndsWith($"silo port {mud.SiloPorts[silo]}, gateway port {mud.GatewayPorts[silo]}, admin port {mud.SiloAdminPorts[silo]}", line, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Status_ListsEachProcessWithItsPidAndPort_AndTheWebAnswers()
    {
        await using var mud = await MudInstance.StartAsync();

        var status = await mud.RunLauncherAsync("status");

        var pids = mud.Pids();
        Assert.Contains($"pid {pids["silo"]}", status, StringComparison.Ordinal);
        Assert.Contains($"pid {pids["portal"]}", status, StringComparison.Ordinal);
        Assert.Contains($"telnet port {mud.TelnetPort}", status, StringComparison.Ordinal);
        Assert.Contains($"websocket port {mud.WebSocketPort}", status, StringComparison.Ordinal);
        Assert.Contains($"http port {mud.WebPort}", status, StringComparison.Ordinal);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{mud.WebPort}/") };
        Assert.Equal("ok", await http.GetStringAsync("health"));
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EndToEndCollection
{
    public const string Name = "End to end";
}
