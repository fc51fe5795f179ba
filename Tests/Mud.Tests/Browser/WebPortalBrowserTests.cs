using Mud.Tests.EndToEnd;
using Mud.Tests.Grains;
using OpenQA.Selenium;

namespace Mud.Tests.Browser;

/// <summary>
/// The web site in real headless Chromium against a real MUD, with telnet players on real sockets in the
/// same tests: what the web does is seen in the game at once, and the other way round.
/// </summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class WebPortalBrowserTests(BrowserMudFixture fixture)
{
    private MudInstance Mud => fixture.Mud;

    [Fact]
    public async Task Register_CreateThroughTheWizard_PlayInTelnetAtOnce_AndChangesFlowBothWays()
    {
        using var browser = new BrowserSession(fixture.Site);
        var account = TestPlayer.UniqueName();
        var hero = TestPlayer.UniqueName();

        browser.Go("");
        browser.Find("#account-count");
        browser.Screenshot("home");
        Register(browser, account);

        // The wizard: the name is checked as it is typed, the rules come from the game.
        browser.WaitForUrl("characters/new?first=1");
        browser.WaitForInteractive();
        browser.Type("#character-name", hero);
        browser.WaitForText("#name-check", $"{hero} is free.");
        browser.Screenshot("wizard-name");
        browser.Click("#wizard-next");
        browser.Click("input[name=race][value=elf]");
        browser.Click("input[name=class][value=mage]");
        browser.Screenshot("wizard-race-and-class");
        browser.Click("#wizard-next");
        for (var i = 0; i < 4; i++)
        {
            browser.Click("tr[data-stat=intellect] .plus");
        }

        browser.WaitForText("tr[data-stat=intellect] .total", "13");
        browser.WaitForText("#points-left", "6");
        browser.Screenshot("wizard-stats");
        browser.Click("#wizard-next");
        browser.Type("#character-description", "A tall elf in a <b>midnight</b> cloak.");
        browser.Click("#wizard-next");
        browser.WaitForText("#wizard-summary", "Intellect 13");
        browser.Screenshot("wizard-summary");
        browser.Click("#wizard-create");
        browser.WaitForText("#created-notice", $"{hero} has been created.");
        browser.WaitForText($"li[data-character={hero}]", "Elf Mage");

        // Created on the web, played over telnet at once: logging in puppets it.
        await using var telnet = await Mud.ConnectAsync();
        await telnet.WaitForAsync("connect <name>");
        await telnet.SendLineAsync($"connect {account} s3cretpw");
        await telnet.WaitForAsync("Exits:");
        browser.Go("characters");
        browser.WaitForText($"li[data-character={hero}]", "in the game");

        // Deleting while it is played is refused, with the reason.
        browser.WaitForInteractive();
        browser.Click($"li[data-character={hero}] .delete");
        browser.Click($"li[data-character={hero}] .confirm-delete");
        browser.WaitForText("#characters-message", $"{hero} is being played right now.");

        // Game to web: a description set and a character created in the game show on the next page.
        await telnet.SendLineAsync("describe Wears a hood of green wool.");
        await telnet.WaitForAsync("Your description has been changed.");
        await telnet.SendLineAsync("north");
        await telnet.WaitForAsync("The Crooked Lantern");
        browser.Go("characters");
        browser.WaitForText($"li[data-character={hero}] .description", "Wears a hood of green wool.");
        browser.WaitForText($"li[data-character={hero}] .where", "The Crooked Lantern");

        // Web to game: a description edited on the web is what another player sees at once.
        await using var watcher = await Mud.ConnectAsync();
        await watcher.CreateAndConnectAsync();
        await watcher.SendLineAsync("north");
        await watcher.WaitForAsync($"Also here: {hero}");
        browser.WaitForInteractive();
        browser.Click($"li[data-character={hero}] .edit-description");
        browser.Type($"#description-{hero}", "Tall, <i>silver-eyed</i>, |rand calm|n.");
        browser.Click($"li[data-character={hero}] .save-description");
        browser.WaitForText("#characters-message", $"{hero}'s description has been changed.");
        await watcher.SendLineAsync($"look {hero}");
        await watcher.WaitForAsync("Tall, <i>silver-eyed</i>, |rand calm|n.");
        Assert.Empty(browser.FindAll($"li[data-character={hero}] .description i"));
    }

    [Fact]
    public async Task TwoTabs_PlayTwoCharactersOfOneAccount_AndSeeTheGameAsTelnetPlayersDo()
    {
        var account = TestPlayer.UniqueName();
        var second = TestPlayer.UniqueName();
        await using var owner = await Mud.ConnectAsync();
        await owner.CreateAndConnectAsync(account);
        await owner.SendLineAsync($"charcreate {second} = A quiet stranger.");
        await owner.WaitForAsync($"Character {second} created");
        await owner.SendLineAsync("ooc");
        await owner.WaitForAsync("You are out of character now.");
        await using var watcher = await Mud.ConnectAsync();
        var watcherName = await watcher.CreateAndConnectAsync();
        using var browser = new BrowserSession(fixture.Site);
        browser.LogIn(account);

        browser.Go($"play?character={second}");
        browser.WaitForText("#output", "Exits:");
        await watcher.WaitForAsync($"{second} has entered the game.");
        var firstTab = browser.CurrentTab;
        browser.NewTab();
        browser.Go($"play?character={account}");
        browser.WaitForText("#output", "Exits:");
        await watcher.WaitForAsync($"{account} has entered the game.");

        browser.Type("#command-input", "say Hello from the second tab" + Keys.Enter);
        browser.WaitForText("#output", "You say, \"Hello from the second tab\"");
        await watcher.WaitForAsync($"{account} says, \"Hello from the second tab\"");
        browser.SwitchTo(firstTab);
        browser.WaitForText("#output", $"{account} says, \"Hello from the second tab\"");

        await watcher.SendLineAsync("say <b>bold</b> |rred");
        browser.WaitForText("#output", $"{watcherName} says, \"<b>bold</b> |rred\"");
        Assert.Empty(browser.FindAll("#output b"));
        await watcher.SendLineAsync("who");
        await watcher.WaitForAsync("3 players are in the game");

        // The side panel lists who and what is here, and what is carried, from Room.Players and Char.Items. Only
        // this test moves the square's bucket.
        browser.WaitForText("#panel-here", watcherName);
        browser.WaitForText("#panel-here", "a wooden bucket");
        browser.WaitForText("#panel-inventory", "Nothing");
        browser.Type("#command-input", "get bucket" + Keys.Enter);
        browser.WaitForText("#output", "You take a wooden bucket.");
        browser.WaitForText("#panel-inventory", "a wooden bucket");
        browser.WaitFor(() => browser.Find("#panel-here").Text is var here && !here.Contains("bucket", StringComparison.Ordinal) ? here : null, "the bucket to leave the list of what is here");
        browser.Type("#command-input", "east" + Keys.Enter);
        browser.WaitForText("#output", "Bakery Lane");
        await watcher.WaitForAsync($"{second} leaves east.");

        // The side panel follows the game's out-of-band JSON: the room and its exits, and the health bar.
        browser.WaitForText("#panel-character", second);
        browser.WaitForText("#panel-room", "Bakery Lane");
        browser.WaitForText("#panel-exits", "north");
        foreach (var way in new[] { "west", "south", "south" })
        {
            browser.Type("#command-input", way + Keys.Enter);
        }

        browser.WaitForText("#panel-room", "Training Yard");
        var healthBefore = browser.WaitForText("#health-value", " / ");
        var fillBefore = browser.Find("#health-fill").GetAttribute("style");
        browser.Type("#command-input", "attack dummy" + Keys.Enter);
        browser.WaitForText("#output", "It swings back and hits you for");
        var healthAfter = browser.WaitFor(() => browser.Find("#health-value").Text is var now && now != healthBefore ? now : null, $"the health figure to drop from {healthBefore}");
        Assert.True(int.Parse(healthAfter.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) < int.Parse(healthBefore.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture), $"{healthBefore} then {healthAfter}");
        browser.WaitFor(() => browser.Find("#health-fill").GetAttribute("style") is var fill && fill != fillBefore ? fill : null, $"the health bar to move from {fillBefore}");
        browser.Screenshot("play");
    }

    private static void Register(BrowserSession browser, string account)
    {
        browser.Click("#register-link");
        browser.Type("#register-name", account);
        browser.Type("#register-password", "s3cretpw");
        browser.Type("#register-confirm", "s3cretpw");
        browser.Click("#register-submit");
    }

    [Fact]
    public void ALinkFollowedBeforeThePageIsInteractive_ShowsThePageItLeadsTo()
    {
        // Blazor's router takes a link click even before the page's circuit is up, and then the address changes while
        // the old page stays on screen. Clicked the moment the page has loaded, each time.
        using var browser = new BrowserSession(fixture.Site);
        for (var round = 0; round < 5; round++)
        {
            browser.Go("who");
            ((IJavaScriptExecutor)browser.Driver).ExecuteScript("document.querySelector(\"nav a[href='help']\").click();");
            browser.WaitForUrl("help");
            browser.WaitForText("main h1", "Help");

            browser.Go("help");
            ((IJavaScriptExecutor)browser.Driver).ExecuteScript("document.querySelector(\"nav a[href='who']\").click();");
            browser.WaitForUrl("who");
            browser.WaitForText("main h1", "Who is online");
        }
    }
}
