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
    public async Task Reload_KeepsEverySocketOpen_AndPlayGoesOn()
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

        var reload = mud.RunLauncherAsync("reload");
        await alice.WaitForAsync("The game is restarting");
        // Typed while the silo is away: held by the Portal and run once it is back.
        await alice.SendLineAsync("say typed during the reload");
        var output = await reload;

        Assert.Contains("reloaded", output, StringComparison.Ordinal);
        Assert.NotEqual(siloBefore, mud.Pids()["silo"]);
        await alice.WaitForAsync("The game is back.");
        await alice.WaitForAsync("You say, \"typed during the reload\"");
        await bob.WaitForAsync($"{aliceName} says, \"typed during the reload\"");

        await bob.SendLineAsync("look");
        await bob.WaitForAsync("Bakery Lane");
        await bob.WaitForAsync($"Also here: {aliceName}");
        await bob.SendLineAsync("north");
        await bob.WaitForAsync("Hobb's Bakery");
        await alice.WaitForAsync($"{bobName} leaves north.");
        Assert.False(alice.Closed);
        Assert.False(bob.Closed);
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
