namespace Mud.Tests.EndToEnd;

/// <summary>Each multisession mode played over real telnet sockets against the real processes.</summary>
[Trait("Category", "EndToEnd")]
[Collection(EndToEndCollection.Name)]
public sealed class MultisessionEndToEndTests
{
    [Fact]
    public async Task Mode0_ASecondLogin_TakesOverTheFirst_WithTheSameCharacter()
    {
        await using var mud = await MudInstance.StartAsync(Mode(0, maxCharacters: 1));
        await using var first = await mud.ConnectAsync();
        await using var second = await mud.ConnectAsync();
        var name = await first.CreateAndConnectAsync();
        await first.SendLineAsync("north");
        await first.WaitForAsync("The Crooked Lantern");

        await second.ConnectToAsync(name);

        await first.WaitForAsync("Your account has been logged in from another connection");
        await first.WaitForClosedAsync();
        await second.WaitForAsync("The Crooked Lantern");
        await second.SendLineAsync("charcreate Another");
        await second.WaitForAsync("An account has one character here");
    }

    [Fact]
    public async Task Mode1_SessionsShareOnePuppet_AndOneDroppingLeavesTheOther()
    {
        await using var mud = await MudInstance.StartAsync(Mode(1));
        await using var watcher = await mud.ConnectAsync();
        await using var first = await mud.ConnectAsync();
        var second = await mud.ConnectAsync();
        await watcher.CreateAndConnectAsync();
        var name = await first.CreateAndConnectAsync();
        await second.ConnectToAsync(name);

        await second.SendLineAsync("say from the second window");
        await first.WaitForAsync("You say, \"from the second window\"");
        await second.WaitForAsync("You say, \"from the second window\"");
        await watcher.WaitForAsync($"{name} says, \"from the second window\"");

        await second.DisposeAsync();
        await first.SendLineAsync("say still playing");
        await watcher.WaitForAsync($"{name} says, \"still playing\"");
        Assert.DoesNotContain($"{name} has left the game", await watcher.FenceAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mode2_SessionsPlayDifferentCharacters_AndAllSurviveAReload()
    {
        await using var mud = await MudInstance.StartAsync(Mode(2));
        await using var first = await mud.ConnectAsync();
        await using var second = await mud.ConnectAsync();
        await using var third = await mud.ConnectAsync();
        var name = await first.CreateAndConnectAsync();
        await first.SendLineAsync("charcreate Wanderer = A dusty traveller.");
        await first.WaitForAsync("Character Wanderer created");

        await second.ConnectToAsync(name);
        await second.WaitForAsync("You become Wanderer");
        await third.ConnectToAsync(name);
        await third.WaitForAsync("(out of character)");
        await third.SendLineAsync("ic Wanderer");
        await third.WaitForAsync("Wanderer is already being played in your session #2");

        await first.SendLineAsync("north");
        await first.WaitForAsync("The Crooked Lantern");
        await second.SendLineAsync("say only the square hears this");
        await second.WaitForAsync("You say, \"only the square hears this\"");
        Assert.DoesNotContain("only the square hears this", await first.FenceAsync(), StringComparison.Ordinal);

        await mud.RunLauncherAsync("reload");

        await first.SendLineAsync("look");
        await first.WaitForAsync("The Crooked Lantern");
        await second.SendLineAsync("look");
        await second.WaitForAsync("Millbrook Village Square");
        await third.SendLineAsync("sessions");
        var sessions = await third.WaitForAsync("#3 (this session)");
        Assert.Contains($"playing {name}", sessions, StringComparison.Ordinal);
        Assert.Contains("playing Wanderer", sessions, StringComparison.Ordinal);

        await third.DisposeAsync();
        await second.SendLineAsync("characters");
        await second.WaitForAsync("Wanderer");
        Assert.False(first.Closed);
        Assert.False(second.Closed);
    }

    [Fact]
    public async Task Mode3_SessionsMayShareACharacter_OrPlayTheirOwn()
    {
        await using var mud = await MudInstance.StartAsync(Mode(3));
        await using var first = await mud.ConnectAsync();
        await using var second = await mud.ConnectAsync();
        var name = await first.CreateAndConnectAsync();
        await second.ConnectToAsync(name);
        await second.WaitForAsync($"You become {name}");

        await first.SendLineAsync("say both of us");
        await second.WaitForAsync("You say, \"both of us\"");

        await second.SendLineAsync("charcreate Loner");
        await second.WaitForAsync("Character Loner created");
        await second.SendLineAsync("ic Loner");
        await second.WaitForAsync("You become Loner");
        await first.SendLineAsync("say just me now");
        await first.WaitForAsync("You say, \"just me now\"");
        Assert.DoesNotContain("You say, \"just me now\"", await second.FenceAsync(), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Mode(int mode, int maxCharacters = 5) => new()
    {
        ["Mud__MultisessionMode"] = mode.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mud__MaxCharactersPerAccount"] = maxCharacters.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
