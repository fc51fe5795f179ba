using System.Text.RegularExpressions;

namespace Mud.Tests.EndToEnd;

/// <summary>
/// Administration in a running game over real telnet sockets: the first account (the Developer) lists, announces to,
/// boots, bans and locks two players, who see each of it on their own connections; the audit log has it all; and
/// <c>@reload</c> and <c>@shutdown</c> do what <c>./mud reload</c> and <c>./mud stop</c> do.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(EndToEndCollection.Name)]
public sealed partial class AdminEndToEndTests
{
    private const string BanMessage = "The gates are shut to you.";

    [Fact]
    public async Task AnAdmin_ListsAnnouncesBootsBansAndLocks_TwoPlayers_OverTelnet()
    {
        await using var mud = await MudInstance.StartAsync(new Dictionary<string, string> { ["Mud__Bans__Message"] = BanMessage });
        await using var admin = await mud.ConnectAsync();
        await using var alice = await mud.ConnectAsync();
        await using var bob = await mud.ConnectAsync();
        var adminName = await admin.CreateAndConnectAsync();
        var aliceName = await alice.CreateAndConnectAsync();
        var bobName = await bob.CreateAndConnectAsync();

        await admin.FenceAsync();
        await admin.SendLineAsync("@who");
        var who = await admin.WaitForAsync("Idle");
        who += await admin.FenceAsync();
        Assert.Matches(new Regex($@"{aliceName}\s+{aliceName}\s+127\.0\.0\.1\s+telnet", RegexOptions.IgnoreCase), who);
        Assert.Matches(new Regex($@"{bobName}\s+{bobName}\s+127\.0\.0\.1\s+telnet", RegexOptions.IgnoreCase), who);

        await admin.SendLineAsync("@wall The bridge closes at dusk.");
        await admin.WaitForAsync("Announced to 3 connections.");
        await alice.WaitForAsync($"[Announcement from {adminName}] The bridge closes at dusk.");
        await bob.WaitForAsync($"[Announcement from {adminName}] The bridge closes at dusk.");

        await admin.SendLineAsync($"@boot {bobName} = cool off");
        await admin.WaitForAsync($"{bobName} is disconnected.");
        await bob.WaitForAsync("You have been disconnected by the game's staff. Reason: cool off");
        await bob.WaitForClosedAsync();
        await alice.WaitForAsync($"{bobName} has left the game.");

        await admin.SendLineAsync($"@ban {bobName} 1h = flooding");
        await admin.WaitForAsync($"{bobName} is banned for 1h 0m.");
        await using (var bobAgain = await mud.ConnectAsync())
        {
            await bobAgain.WaitForAsync("connect <name>");
            await bobAgain.SendLineAsync($"connect {bobName} s3cretpw");
            await bobAgain.WaitForAsync($"{BanMessage} The ban ends ");
            await bobAgain.WaitForAsync("Reason: flooding");
        }

        await admin.SendLineAsync($"@account/lock {aliceName} = chargeback");
        await admin.WaitForAsync($"{aliceName} is locked.");
        await alice.WaitForAsync("This account has been locked by the game's staff.");
        await alice.WaitForClosedAsync();
        await using (var aliceAgain = await mud.ConnectAsync())
        {
            await aliceAgain.WaitForAsync("connect <name>");
            await aliceAgain.SendLineAsync($"connect {aliceName} s3cretpw");
            await aliceAgain.WaitForAsync("This account is locked: chargeback");
        }

        await admin.SendLineAsync($"@account/unlock {aliceName}");
        await admin.WaitForAsync($"{aliceName} is unlocked.");
        await admin.SendLineAsync($"@account/reset {aliceName}");
        var reset = await admin.WaitForAsync("Pass it on privately");
        var password = NewPassword().Match(reset).Groups[1].Value;
        await using var aliceBack = await mud.ConnectAsync();
        await aliceBack.WaitForAsync("connect <name>");
        await aliceBack.SendLineAsync($"connect {aliceName} {password}");
        await aliceBack.WaitForAsync($"Welcome, {aliceName}");

        await admin.SendLineAsync("@ban bob forever and ever");
        await admin.WaitForAsync("Usage: @ban");
        await admin.SendLineAsync($"@ban {adminName}");
        await admin.WaitForAsync("You cannot ban yourself.");

        await admin.SendLineAsync("@audit");
        var audit = await admin.WaitForAsync("Audit log, page 1 of 1");
        audit = await admin.FenceAsync();
        foreach (var line in new[]
        {
            $"{adminName} reset password {aliceName}", $"{adminName} unlock {aliceName}", $"{adminName} lock {aliceName} (chargeback)",
            $"{adminName} ban {bobName} (for 1h 0m: flooding)", $"{adminName} boot {bobName} (cool off)", $"{adminName} wall everyone (The bridge closes at dusk.)",
        })
        {
            Assert.Contains(line, audit, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(password, audit, StringComparison.Ordinal);

        // @reload runs ./mud reload: the silo restarts under the players, who stay connected.
        await admin.SendLineAsync("@reload");
        await admin.WaitForAsync("Reloading: the game restarts in a moment");
        await LauncherLogSaysAsync(mud, "reloaded", TimeSpan.FromSeconds(90));
        await aliceBack.SendLineAsync("say Still here.");
        await aliceBack.WaitForAsync("You say, \"Still here.\"");
        await admin.SendLineAsync("@audit");
        await admin.WaitForAsync($"{adminName} reload the game");

        // @shutdown runs ./mud stop: everyone is told, and every process stops.
        await admin.SendLineAsync("@shutdown now = maintenance");
        await aliceBack.WaitForAsync($"[{adminName} is shutting the game down] maintenance");
        await aliceBack.WaitForClosedAsync();
        await admin.WaitForClosedAsync();
        using var stopped = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while ((await mud.RunLauncherWithExitCodeAsync(["status"])).ExitCode != 3)
        {
            Assert.False(stopped.IsCancellationRequested, "The game's processes were still running a minute after @shutdown.\n" + mud.Logs());
            await Task.Delay(500);
        }

        Assert.Contains("stopping", File.ReadAllText(Path.Combine(mud.DataDirectory, "logs", "launcher.log")), StringComparison.Ordinal);
    }

    // The launcher that @reload starts runs detached from the test; its log is the only word of how it went.
    private static async Task LauncherLogSaysAsync(MudInstance mud, string fragment, TimeSpan timeout)
    {
        var log = Path.Combine(mud.DataDirectory, "logs", "launcher.log");
        using var cancel = new CancellationTokenSource(timeout);
        while (!(File.Exists(log) && (await File.ReadAllTextAsync(log, cancel.Token)).Contains(fragment, StringComparison.Ordinal)))
        {
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancel.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"logs/launcher.log never said \"{fragment}\":\n{(File.Exists(log) ? File.ReadAllText(log) : "(no log)")}");
            }
        }
    }

    [GeneratedRegex(@"new password is (\S+)\. ")]
    private static partial Regex NewPassword();
}
