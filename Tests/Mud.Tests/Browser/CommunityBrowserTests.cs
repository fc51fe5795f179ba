using Mud.Tests.EndToEnd;
using Mud.Tests.Grains;
using OpenQA.Selenium;

namespace Mud.Tests.Browser;

/// <summary>
/// Channels and mail on the web site, in real headless Chromium against a real MUD, with telnet players on the
/// other end: the web client's Channels tab, and the mail pages.
/// </summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class CommunityBrowserTests(BrowserMudFixture fixture)
{
    private MudInstance Mud => fixture.Mud;

    [Fact]
    public async Task ChannelsTab_ListsTheChannels_AndShowsWhatIsSaidOnThem_AsText_ApartFromTheRoom()
    {
        var account = await NewAccountAsync();
        await using var speaker = await Mud.ConnectAsync();
        var speakerName = await speaker.CreateAndConnectAsync();
        using var browser = new BrowserSession(fixture.Site);
        browser.LogIn(account);

        browser.Go("play");
        browser.WaitForText("#output", "Exits:");
        browser.Click("#tab-channels");
        browser.WaitForText("#channel-list", "Public");
        browser.Click("#tab-game");

        // Said on the channel while the Game tab shows: counted as unread, then shown as text in the Channels tab.
        await speaker.SendLineAsync("pub <b>Hello</b> |rweb");
        await speaker.WaitForAsync($"[Public] {speakerName}: <b>Hello</b> |rweb");
        browser.WaitForText("#channels-unread", "1");
        browser.Click("#tab-channels");
        browser.WaitForText("#channel-lines", $"[Public] {speakerName}: <b>Hello</b> |rweb");
        Assert.Empty(browser.FindAll("#channel-lines b"));
        Assert.Empty(browser.FindAll("#channels-unread"));

        // Talking from the tab is the channel's own command.
        browser.Type("#channel-text", "Greetings from the web" + Keys.Enter);
        await speaker.WaitForAsync($"[Public] {account}: Greetings from the web");
        browser.WaitForText("#channel-lines", $"[Public] {account}: Greetings from the web");
        browser.Screenshot("play-channels");

        // What is said in the room stays in the game output.
        browser.Click("#tab-game");
        browser.Type("#command-input", "say Only for the room" + Keys.Enter);
        browser.WaitForText("#output", "You say, \"Only for the room\"");
        Assert.DoesNotContain("Only for the room", browser.FindAll("#channels").Single().GetAttribute("textContent"), StringComparison.Ordinal);
        Assert.Empty(browser.FindAll("#channels-unread"));
    }

    [Fact]
    public async Task Mail_OnTheWeb_ListsReadsRepliesDeletesAndSends_AndATelnetPlayerLoggingInIsToldOfIt()
    {
        var account = await NewAccountAsync();
        var offline = await NewAccountAsync();
        await using var sender = await Mud.ConnectAsync();
        var senderName = await sender.CreateAndConnectAsync();
        await sender.SendLineAsync($"mail {account} = Greetings/Meet me at the <b>fountain</b>.");
        await sender.WaitForAsync($"Letter sent to {account}.");
        using var browser = new BrowserSession(fixture.Site);
        browser.LogIn(account);

        browser.Find("#mail-link");
        browser.Go("mail");
        browser.WaitForText("#inbox tr[data-letter='1']", "Greetings (unread)");
        browser.WaitForText("#inbox tr[data-letter='1']", senderName);
        browser.Click("#inbox tr[data-letter='1'] .subject a");
        browser.WaitForText("#letter-body", "Meet me at the <b>fountain</b>.");
        Assert.Empty(browser.FindAll("#letter-body b"));
        browser.WaitForText("#letter-from", senderName);
        browser.WaitForInteractive();

        browser.Type("#reply-body", "I will be there.");
        browser.Click("#reply-send");
        browser.WaitForText("#mail-message", $"Letter sent to {senderName}.");
        await sender.WaitForAsync($"You have a new letter from {account}: Re: Greetings.");
        await sender.SendLineAsync("mail read 1");
        await sender.WaitForAsync("I will be there.");

        browser.Click("#letter-delete");
        browser.Click("#confirm-delete");
        browser.WaitForUrl("mail?deleted=1");
        browser.WaitForText("#mail-message", "Letter 1 deleted.");
        browser.WaitForText("#mail-empty", "You have no letters.");

        browser.Click("#new-letter");
        browser.WaitForInteractive();
        browser.Type("#compose-to", "Nosuchplayerhere");
        browser.Type("#compose-subject", "Lost");
        browser.Type("#compose-body", "Anyone?");
        browser.Click("#compose-send");
        browser.WaitForText("#mail-message", "Not sent: there is no player called Nosuchplayerhere.");
        browser.Type("#compose-to", $"{senderName}, {offline}");
        browser.Click("#compose-send");
        browser.WaitForText("#mail-message", $"Letter sent to {senderName}, {offline}.");
        await sender.WaitForAsync($"You have a new letter from {account}: Lost.");
        browser.Screenshot("mail");

        // The other player was not in the game: logging in over telnet tells of the letter.
        await using var latecomer = await Mud.ConnectAsync();
        await latecomer.WaitForAsync("connect <name>");
        await latecomer.SendLineAsync($"connect {offline} s3cretpw");
        await latecomer.WaitForAsync($"Welcome, {offline}.\nYou have an unread letter. Type mail to see it.\nYou become {offline}.");
        await latecomer.SendLineAsync("mail read 1");
        await latecomer.WaitForAsync("Anyone?");
    }

    // An account made over telnet, logged out again: the web logs in to it with the tests' password.
    private async Task<string> NewAccountAsync()
    {
        await using var telnet = await Mud.ConnectAsync();
        var name = await telnet.CreateAndConnectAsync(TestPlayer.UniqueName());
        await telnet.SendLineAsync("quit");
        await telnet.WaitForClosedAsync();
        return name;
    }
}
