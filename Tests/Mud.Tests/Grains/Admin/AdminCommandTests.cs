using System.Text.RegularExpressions;
using Mud.Accounts;
using Mud.Admin;
using Mud.Sessions;
using Mud.Tests.Grains.Building;

namespace Mud.Tests.Grains.Admin;

[Collection(GameClusterCollection.Name)]
[Trait("Category", "Integration")]
public sealed partial class AdminCommandTests(GameClusterFixture cluster) : BuilderTestBase(cluster)
{
    private Task<(TestPlayer Player, string Name)> NewAdminAsync() => NewStaffAsync(PermissionLevel.Admin, "@who");

    /// <summary>An address of its own for each test (10.x.y.z), so address bans never touch another test's connections.</summary>
    private static string PrivateSubnet() => $"10.{Random.Shared.Next(1, 255)}.{Random.Shared.Next(1, 255)}";

    private async Task<TestPlayer> LogInFromAsync(string name, string address)
    {
        var player = await ConnectAsync(address);
        await player.TypeAsync($"connect {name} s3cretpw");
        await player.WaitForAsync($"Welcome, {name}");
        return player;
    }

    [Fact]
    public async Task Boot_ByAnAdmin_DisconnectsEverySessionOfThePlayer_AndIsAudited()
    {
        var (admin, adminName) = await NewAdminAsync();
        var (player, name) = await NewAccountAsync();
        var second = await LogInAsync(name);

        Assert.Contains($"{name} is disconnected (2 sessions)", await RunAsync(admin, $"@boot {name} = cool off"), StringComparison.Ordinal);

        await player.WaitForAsync("disconnected by the game's staff. Reason: cool off");
        await second.WaitForAsync("disconnected by the game's staff");
        Assert.Empty((await Account(name).GetOverviewAsync()).Sessions);
        Assert.Contains($"{adminName} boot {name} (cool off)", await RunAsync(admin, "@audit"), StringComparison.Ordinal);
        Assert.Contains("is not connected", await RunAsync(admin, $"@boot {name}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Boot_RefusesSomeoneAtYourLevel_UnlessYouAreADeveloper()
    {
        var (admin, _) = await NewAdminAsync();
        var (_, otherAdmin) = await NewAdminAsync();

        Assert.Contains("only a Developer may boot", await RunAsync(admin, $"@boot {otherAdmin}"), StringComparison.Ordinal);
        Assert.Contains("only a Developer may boot", await RunAsync(admin, $"@boot {GameClusterFixture.FounderName}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ban_OfAnAccount_DisconnectsIt_RefusesItsLogin_UntilUnbanned()
    {
        var (admin, adminName) = await NewAdminAsync();
        var (player, name) = await NewAccountAsync();

        Assert.Contains($"{name} is banned for good", await RunAsync(admin, $"@ban {name} = spamming"), StringComparison.Ordinal);
        await player.WaitForAsync("You are banned from this game. Reason: spamming");

        var again = await ConnectAsync();
        await again.TypeAsync($"connect {name} s3cretpw");
        await again.WaitForAsync("You are banned from this game.");
        Assert.False(again.HasReceived($"Welcome, {name}"));
        Assert.Contains(name, await RunAsync(admin, "@ban"), StringComparison.Ordinal);

        Assert.Contains($"{name} is no longer banned", await RunAsync(admin, $"@unban {name}"), StringComparison.Ordinal);
        await LogInAsync(name);
        Assert.Contains("is not banned", await RunAsync(admin, $"@ban/del {name}"), StringComparison.Ordinal);
        var audit = await RunAsync(admin, "@audit");
        Assert.Contains($"{adminName} ban {name} (for good: spamming)", audit, StringComparison.Ordinal);
        Assert.Contains($"{adminName} unban {name}", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ban_ByCharacterName_BansItsAccount_ForTheDurationGiven()
    {
        var (admin, _) = await NewAdminAsync();
        var (player, name) = await NewAccountAsync();
        var character = TestPlayer.UniqueName();
        await RunAsync(player, "ooc");
        await RunAsync(player, $"charcreate {character}");

        Assert.Contains($"{name} is banned for 2h 0m", await RunAsync(admin, $"@ban {character} 2h"), StringComparison.Ordinal);

        var ban = Assert.Single((await Client.GetGrain<IBanListGrain>(0).GetAsync()).Where(b => b.Display == name));
        Assert.Equal(BanKind.Account, ban.Kind);
        Assert.Equal(TimeSpan.FromHours(2), ban.Until!.Value - ban.At);
        Assert.Contains("ends in 1h 59m", await RunAsync(admin, "@ban"), StringComparison.Ordinal);
        Assert.False(ban.InForceAt(ban.At + TimeSpan.FromHours(2)));
        await RunAsync(admin, $"@unban {name}");
    }

    [Fact]
    public async Task Ban_OfAnAddressRange_ClosesItsConnections_AndRefusesNewOnesAtConnect()
    {
        var (admin, _) = await NewAdminAsync();
        var (_, name) = await NewAccountAsync();
        var subnet = PrivateSubnet();
        var player = await LogInFromAsync(name, $"{subnet}.7");

        Assert.Contains($"Addresses {subnet}.0/24 are banned for good. 1 connection(s) from them closed.", await RunAsync(admin, $"@ban {subnet}.* = proxies"), StringComparison.Ordinal);
        await player.WaitForAsync("You are banned from this game.");

        var refused = await ConnectAsync($"{subnet}.99");
        await refused.WaitForAsync("You are banned from this game. Reason: proxies");
        Assert.DoesNotContain(refused.Received, t => t.Contains("create", StringComparison.Ordinal));
        Assert.Equal("", (await refused.Session.GetSummaryAsync()).Protocol);

        var elsewhere = await LogInFromAsync(name, $"{subnet[..^1]}{(subnet[^1] == '1' ? '2' : '1')}.7");
        Assert.False(elsewhere.HasReceived("banned"));

        Assert.Contains("no longer banned", await RunAsync(admin, $"@unban {subnet}.0/24"), StringComparison.Ordinal);
        await LogInFromAsync(name, $"{subnet}.99");
    }

    [Fact]
    public async Task Ban_RefusesYourself_YourOwnAddress_AndTheDeveloper()
    {
        var (admin, adminName) = await NewAdminAsync();
        var founder = await LogInAsync(GameClusterFixture.FounderName);

        Assert.Contains("cannot ban yourself", await RunAsync(admin, $"@ban {adminName}"), StringComparison.Ordinal);
        Assert.Contains("covers your own connection", await RunAsync(admin, "@ban 127.0.0.0/8"), StringComparison.Ordinal);
        Assert.Contains("only a Developer may ban", await RunAsync(admin, $"@ban {GameClusterFixture.FounderName}"), StringComparison.Ordinal);
        Assert.Contains("cannot lock yourself", await RunAsync(founder, $"@account/lock {GameClusterFixture.FounderName}"), StringComparison.Ordinal);
        Assert.Contains("cannot ban yourself", await RunAsync(founder, $"@ban {GameClusterFixture.FounderName}"), StringComparison.Ordinal);
        Assert.Null(await Client.GetGrain<IBanListGrain>(0).RefusalAsync(GameClusterFixture.FounderName.ToLowerInvariant(), "127.0.0.1"));
        Assert.False((await Account(GameClusterFixture.FounderName).GetInfoAsync())!.IsLocked);
    }

    [Fact]
    public async Task Wall_ReachesEveryConnection_EvenAtTheLoginScreen()
    {
        var (admin, adminName) = await NewAdminAsync();
        var (player, _) = await NewAccountAsync();
        var stranger = await ConnectAsync();
        var text = "Reboot soon " + Guid.NewGuid().ToString("N")[..6];

        Assert.Contains("Announced to", await RunAsync(admin, $"@wall {text}"), StringComparison.Ordinal);

        await player.WaitForAsync($"[Announcement from {adminName}] {text}");
        await stranger.WaitForAsync(text);
        Assert.Contains($"{adminName} wall everyone ({text})", await RunAsync(admin, "@audit"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wall_IsAnsweredOnlyOnceEveryFrontEndHasTheNotice()
    {
        var (admin, _) = await NewAdminAsync();
        var recording = new RecordingPortal();
        // Orleans holds a client's observer weakly: the test keeps it alive, or a collection could take it mid-test.
        var frontEnd = new SlowFrontEnd(recording);
        var slow = Client.CreateObjectReference<IPortalObserver>(frontEnd);
        try
        {
            var stranger = await TestPlayer.ConnectAsync(Client, recording, slow, $"{PrivateSubnet()}.7");
            var text = "Closing soon " + Guid.NewGuid().ToString("N")[..6];

            await RunAsync(admin, $"@wall {text}");

            // @shutdown stops the front ends as soon as it is answered: a notice still on its way would never be seen.
            Assert.True(stranger.HasReceived(text), "the administrator was answered before a slow front end had the notice");
        }
        finally
        {
            Client.DeleteObjectReference<IPortalObserver>(slow);
            GC.KeepAlive(frontEnd);
        }
    }

    [Fact]
    public async Task AdminWho_ListsEveryConnection_WithItsAddressAndIdleTime()
    {
        var (admin, _) = await NewAdminAsync();
        var (_, name) = await NewAccountAsync();
        var address = $"{PrivateSubnet()}.8";
        await LogInFromAsync(name, address);
        var stranger = await ConnectAsync($"{PrivateSubnet()}.9");

        var who = await RunAsync(admin, "@who");

        var line = Assert.Single(who.Split('\n'), l => l.Contains(address, StringComparison.Ordinal));
        Assert.Contains(name, line, StringComparison.Ordinal);
        Assert.Matches(@"\d+s$", line.TrimEnd());
        Assert.Contains((await stranger.Session.GetSummaryAsync()).RemoteAddress, who, StringComparison.Ordinal);
        Assert.Contains("(login)", who, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Account_Lock_KeepsThePlayerOut_UntilUnlocked_AndResetGivesANewPassword()
    {
        var (admin, adminName) = await NewAdminAsync();
        var (player, name) = await NewAccountAsync();

        Assert.Contains($"{name} is locked", await RunAsync(admin, $"@account/lock {name} = chargeback"), StringComparison.Ordinal);
        await player.WaitForAsync("This account has been locked");
        var shown = await RunAsync(admin, $"@account {name}");
        Assert.Contains("Locked: chargeback", shown, StringComparison.Ordinal);
        Assert.Contains("Not connected.", shown, StringComparison.Ordinal);

        var again = await ConnectAsync();
        await again.TypeAsync($"connect {name} s3cretpw");
        await again.WaitForAsync("This account is locked: chargeback");
        Assert.Contains("locked already", await RunAsync(admin, $"@account/lock {name}"), StringComparison.Ordinal);

        Assert.Contains($"{name} is unlocked", await RunAsync(admin, $"@account/unlock {name}"), StringComparison.Ordinal);
        var reset = await RunAsync(admin, $"@account/reset {name}");
        var password = NewPassword().Match(reset).Groups[1].Value;
        Assert.Equal(12, password.Length);

        var back = await ConnectAsync();
        await back.TypeAsync($"connect {name} {password}");
        await back.WaitForAsync($"Welcome, {name}");
        Assert.Contains("127.0.0.1 (test)", await RunAsync(admin, $"@account {name}"), StringComparison.Ordinal);

        var audit = await RunAsync(admin, "@audit");
        Assert.Contains($"{adminName} lock {name} (chargeback)", audit, StringComparison.Ordinal);
        Assert.Contains($"{adminName} unlock {name}", audit, StringComparison.Ordinal);
        Assert.Contains($"{adminName} reset password {name}", audit, StringComparison.Ordinal);
        Assert.DoesNotContain(password, audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Perm_IsAudited()
    {
        var (admin, adminName) = await NewAdminAsync();
        var (_, name) = await NewAccountAsync();

        await RunAsync(admin, $"@perm {name} = Helper");

        Assert.Contains($"{adminName} perm {name} (Player to Helper)", await RunAsync(admin, "@audit"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChannelAdministration_IsAudited()
    {
        var (admin, adminName) = await NewAdminAsync();
        var channel = "C" + TestPlayer.UniqueName()[1..];

        Assert.Contains($"Channel {channel} created", await RunAsync(admin, $"@ccreate {channel} = For the audit."), StringComparison.Ordinal);
        await RunAsync(admin, $"@cset {channel}/speak = staff");
        Assert.Contains("destroyed", await RunAsync(admin, $"@cdestroy {channel}"), StringComparison.Ordinal);

        var audit = await RunAsync(admin, "@audit");
        Assert.Contains($"{adminName} channel create {channel} (For the audit.)", audit, StringComparison.Ordinal);
        Assert.Contains($"{adminName} channel set {channel} (speak = Staff)", audit, StringComparison.Ordinal);
        Assert.Contains($"{adminName} channel destroy {channel}", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminCommands_AreForAdmins_AndExplainBadArguments()
    {
        var (builder, _) = await NewBuilderAsync();
        var (admin, _) = await NewAdminAsync();

        foreach (var command in new[] { "@boot x", "@ban", "@unban x", "@wall hi", "@who", "@account x", "@audit", "@reload", "@shutdown now" })
        {
            Assert.Contains("Only Admin and above may use", await RunAsync(builder, command), StringComparison.Ordinal);
        }

        Assert.Contains("Usage: @boot", await RunAsync(admin, "@boot"), StringComparison.Ordinal);
        Assert.Contains("Usage: @boot", await RunAsync(admin, "@boot two words"), StringComparison.Ordinal);
        Assert.Contains("Usage: @ban", await RunAsync(admin, "@ban bob forever"), StringComparison.Ordinal);
        Assert.Contains("Usage: @ban", await RunAsync(admin, "@ban bob 2h extra"), StringComparison.Ordinal);
        Assert.Contains("Usage: @ban", await RunAsync(admin, "@ban/nonsense bob"), StringComparison.Ordinal);
        Assert.Contains("Usage: @ban", await RunAsync(admin, "@ban/del"), StringComparison.Ordinal);
        Assert.Contains("is not an address or range", await RunAsync(admin, "@ban 300.1.2.3"), StringComparison.Ordinal);
        Assert.Contains("There is no player called", await RunAsync(admin, "@ban nobodyatallxyz"), StringComparison.Ordinal);
        Assert.Contains("Usage: @unban", await RunAsync(admin, "@unban"), StringComparison.Ordinal);
        Assert.Contains("Usage: @wall", await RunAsync(admin, "@wall"), StringComparison.Ordinal);
        Assert.Contains("Usage: @who", await RunAsync(admin, "@who everyone"), StringComparison.Ordinal);
        Assert.Contains("Usage: @account", await RunAsync(admin, "@account"), StringComparison.Ordinal);
        Assert.Contains("Usage: @account", await RunAsync(admin, "@account/explode bob"), StringComparison.Ordinal);
        Assert.Contains("Usage: @account", await RunAsync(admin, "@account/unlock bob = why"), StringComparison.Ordinal);
        Assert.Contains("There is no player called", await RunAsync(admin, "@account nobodyatallxyz"), StringComparison.Ordinal);
        Assert.Contains("Usage: @audit", await RunAsync(admin, "@audit zero"), StringComparison.Ordinal);
        Assert.Contains("Usage: @audit", await RunAsync(admin, "@audit 0"), StringComparison.Ordinal);
        Assert.Contains("There is no page 100000", await RunAsync(admin, "@audit 100000"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminGrain_RefusesAnyoneBelowAdmin()
    {
        var (_, name) = await NewAccountAsync();
        var admin = Client.GetGrain<IAdminGrain>(0);

        Assert.Equal("Only Admin and above may do that.", (await admin.BootAsync(name, GameClusterFixture.FounderName, "")).Message);
        Assert.NotNull((await admin.GetSessionsAsync(name)).Refusal);
        Assert.NotNull((await admin.GetAuditAsync("nobodyatallxyz", 0, 10)).Refusal);
    }

    [Fact]
    public async Task ReloadAndShutdown_OutsideTheLauncher_SayWhyNot_AndExplainBadArguments()
    {
        var (admin, _) = await NewAdminAsync();

        Assert.Contains("not started with ./mud", await RunAsync(admin, "@reload"), StringComparison.Ordinal);
        Assert.Contains("not started with ./mud", await RunAsync(admin, "@shutdown now = testing"), StringComparison.Ordinal);
        Assert.Contains("Usage: @reload", await RunAsync(admin, "@reload please"), StringComparison.Ordinal);
        Assert.Contains("Usage: @shutdown now", await RunAsync(admin, "@shutdown"), StringComparison.Ordinal);
        Assert.Contains("Usage: @shutdown now", await RunAsync(admin, "@shutdown = oops"), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"new password is (\S+)\. ")]
    private static partial Regex NewPassword();

    /// <summary>A front end that takes its time over everything it is given.</summary>
    private sealed class SlowFrontEnd(RecordingPortal recording) : IPortalObserver
    {
        private static readonly TimeSpan Lag = TimeSpan.FromMilliseconds(300);

        public async Task DeliverAsync(OutputBatch batch)
        {
            await Task.Delay(Lag);
            await recording.DeliverAsync(batch);
        }

        public Task DeliverConfirmedAsync(OutputBatch batch) => DeliverAsync(batch);
    }
}
