namespace Mud.Tests.EndToEnd;

/// <summary>
/// The logs of every process, at Debug level, after the hardest cases for a password: typed while the silo is dead
/// (held by the Portal and sent again), and in flight, being hashed, when the silo is killed (the failed call,
/// which carries the line typed, is reported and run again).
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(EndToEndCollection.Name)]
public sealed class PasswordLogsEndToEndTests
{
    private const string Secret = "held-Kx7vQp3w";

    [Fact]
    public async Task APasswordTypedWhileTheSiloIsDead_IsHeldAndLogsIn_ButNoLogShowsIt()
    {
        await using var mud = await MudInstance.StartAsync(DebugLogs(passwordIterations: 1000));
        var (player, name) = await AtThePasswordPromptAsync(mud);
        await using var _ = player;

        ProcessReaper.Kill(mud.Pids()["silo"]);
        await player.SendLineAsync(Secret);
        await mud.RunLauncherAsync(["restart", "silo"]);

        await player.WaitForAsync($"Welcome, {name}");
        AssertLogsKeepTheSecret(mud);
    }

    [Fact]
    public async Task APasswordBeingCheckedWhenTheSiloIsKilled_IsCheckedAgainAndLogsIn_ButNoLogShowsIt()
    {
        // About a second a hash here (the most the setting allows): the silo is killed while the password is being checked.
        await using var mud = await MudInstance.StartAsync(DebugLogs(passwordIterations: 10_000_000));
        var (player, name) = await AtThePasswordPromptAsync(mud);
        await using var _ = player;

        await player.SendLineAsync(Secret);
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        ProcessReaper.Kill(mud.Pids()["silo"]);
        await mud.RunLauncherAsync(["restart", "silo"]);

        await player.WaitForAsync($"Welcome, {name}");
        AssertLogsKeepTheSecret(mud);
    }

    private static Dictionary<string, string> DebugLogs(int passwordIterations) => new()
    {
        ["Logging__LogLevel__Default"] = "Debug",
        ["Mud__Security__PasswordIterations"] = passwordIterations.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static async Task<(TelnetTestClient Player, string Name)> AtThePasswordPromptAsync(MudInstance mud)
    {
        var player = await mud.ConnectAsync();
        var name = TintinRun.UniqueName("Pw");
        await player.WaitForAsync("connect <name>");
        await player.SendLineAsync($"create {name} {Secret}");
        await player.WaitForAsync("created");
        await player.SendLineAsync($"connect {name}");
        await player.WaitForAsync("Password:");
        return (player, name);
    }

    private static void AssertLogsKeepTheSecret(MudInstance mud)
    {
        var logs = string.Join("\n", Directory.GetFiles(Path.Combine(mud.DataDirectory, "logs"), "*.log").Select(ReadShared));
        Assert.Contains("connected from", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, logs, StringComparison.Ordinal);
    }

    private static string ReadShared(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return new StreamReader(stream).ReadToEnd();
    }
}
