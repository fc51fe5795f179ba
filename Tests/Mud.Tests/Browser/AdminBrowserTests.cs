using Mud.Tests.EndToEnd;

namespace Mud.Tests.Browser;

/// <summary>
/// The administration pages in real headless Chromium against a real MUD: the Developer boots, locks and bans a
/// telnet player from the web, who sees each of it on their socket, and a plain player is kept out of the pages.
/// </summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class AdminBrowserTests(BrowserMudFixture fixture)
{
    private MudInstance Mud => fixture.Mud;

    [Fact]
    public async Task AdminPages_BootLockAndBanATelnetPlayer_AndShowFiguresChannelsAndTheAuditLog()
    {
        await using var player = await Mud.ConnectAsync();
        var playerName = await player.CreateAndConnectAsync();
        using var browser = new BrowserSession(fixture.Site);
        browser.LogIn(BrowserMudFixture.DeveloperName);

        browser.Click("#admin-link");
        browser.WaitForUrl("admin");
        browser.WaitFor(() => int.TryParse(browser.Find("#figure-logged-in").Text, out var n) && n >= 1 ? "yes" : null, "someone logged in among the figures");
        browser.WaitForText("#figure-silos", "1");
        browser.Screenshot("admin-figures");

        browser.Go("admin/sessions");
        browser.WaitForText($"tr[data-account={playerName}] .address", "127.0.0.1");
        browser.Screenshot("admin-sessions");
        browser.WaitForInteractive();
        browser.Click($"tr[data-account={playerName}] .boot");
        browser.WaitForText("#admin-message", "is disconnected.");
        await player.WaitForAsync("You have been disconnected by the game's staff.");
        await player.WaitForClosedAsync();

        browser.Go("admin/accounts");
        browser.WaitForInteractive();
        browser.Type("#account-name", playerName);
        browser.Click("#look-up");
        browser.WaitForText("#account-report", "Not locked.");
        browser.Type("#action-reason", "web test");
        browser.Click("#lock");
        browser.WaitForText("#admin-message", $"{playerName} is locked.");
        browser.WaitForText("#account-state", "Locked: web test");
        await using (var locked = await Mud.ConnectAsync())
        {
            await locked.WaitForAsync("connect <name>");
            await locked.SendLineAsync($"connect {playerName} s3cretpw");
            await locked.WaitForAsync("This account is locked: web test");
        }

        browser.Click("#unlock");
        browser.WaitForText("#admin-message", $"{playerName} is unlocked.");
        browser.Type("#ban-duration", "2h");
        browser.Click("#ban");
        browser.WaitForText("#admin-message", $"{playerName} is banned for 2h 0m.");
        browser.WaitForText($"tr[data-ban={playerName}]", "web test");
        browser.Screenshot("admin-accounts");
        browser.Click($"tr[data-ban={playerName}] .lift");
        browser.WaitForText("#admin-message", $"{playerName} is no longer banned.");

        // An address ban: the Portal refuses a new connection from it at once, with the configured message. For a
        // few minutes only, so that even a failure here cannot shut out the tests that follow for long.
        try
        {
            browser.Type("#ban-address", "127.0.0.1");
            browser.Type("#ban-duration", "3m");
            browser.Click("#ban-address-button");
            browser.WaitForText("#admin-message", "Addresses 127.0.0.1/32 are banned for 3m.");
            await using var refused = await Mud.ConnectAsync();
            await refused.WaitForAsync(BrowserMudFixture.BanMessage);
            await refused.WaitForClosedAsync();
            Assert.DoesNotContain("connect <name>", refused.Transcript, StringComparison.Ordinal);
        }
        finally
        {
            browser.Click("tr[data-ban='127.0.0.1/32'] .lift");
            browser.WaitForText("#admin-message", "127.0.0.1/32 is no longer banned.");
        }

        await using (var back = await Mud.ConnectAsync())
        {
            await back.ConnectToAsync(playerName);
        }

        browser.Go("admin/channels");
        browser.WaitForText("tr[data-channel=Public]", "pub");

        browser.Go("admin/audit");
        var audit = browser.WaitForText("#audit", $"unban {playerName}");
        browser.Screenshot("admin-audit");
        foreach (var line in new[] { $"boot {playerName}", $"lock {playerName}", $"unlock {playerName}", $"ban {playerName}", "ban 127.0.0.1/32", "unban 127.0.0.1/32" })
        {
            Assert.Contains(line, audit, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AdminPages_AreRefusedToAPlayer()
    {
        await using var telnet = await Mud.ConnectAsync();
        var name = await telnet.CreateAndConnectAsync();
        using var browser = new BrowserSession(fixture.Site);
        browser.LogIn(name);

        browser.Find("nav a[href=who]");
        Assert.Empty(browser.FindAll("#admin-link"));
        foreach (var page in new[] { "admin", "admin/sessions", "admin/accounts", "admin/audit" })
        {
            browser.Go(page);
            browser.WaitForText("#admin-refused", "These pages are for the game's administrators.");
            Assert.Empty(browser.FindAll("table"));
        }
    }
}
