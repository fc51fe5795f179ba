using System.Text.RegularExpressions;

namespace Mud.Tests.EndToEnd;

/// <summary>
/// Building in a running game over real telnet sockets: the first account (the Developer) digs rooms, makes an item
/// and locks an exit with it; another player meets the lock; and all of it outlives a reload of the silo.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(EndToEndCollection.Name)]
public sealed class BuildingEndToEndTests
{
    [Fact]
    public async Task DugRooms_ALockedExit_AndAnItemCarried_AreAllThereAfterAReload_OnTheSameSockets()
    {
        await using var mud = await MudInstance.StartAsync();
        await using var builder = await mud.ConnectAsync();
        await using var walker = await mud.ConnectAsync();
        // The first account created in a fresh game is its Developer, who may build.
        var builderName = await builder.CreateAndConnectAsync();
        var walkerName = await walker.CreateAndConnectAsync();
        await builder.WaitForAsync($"{walkerName} has entered the game.");

        await builder.SendLineAsync("@dig Quiet Workshop;workshop = archway;arch, back");
        await builder.WaitForAsync("You dig Quiet Workshop (#");
        await builder.WaitForAsync("Exit archway (#");
        await builder.WaitForAsync("leads there from here.");
        await builder.WaitForAsync("Exit back (#");
        await builder.WaitForAsync("leads back here.");
        await builder.SendLineAsync("@create a brass key;brasskey");
        await builder.WaitForAsync("You create a brass key (#");
        await builder.WaitForAsync("It is in your hands.");
        await builder.SendLineAsync("@lock archway = traverse:holds(brasskey)");
        await builder.WaitForAsync("traverse:holds(brasskey)");
        await builder.SendLineAsync("drop brasskey");
        await builder.WaitForAsync("You drop a brass key.");

        await walker.FenceAsync();
        await walker.SendLineAsync("look");
        var square = await walker.WaitForAsync("Exits:");
        var squareExits = await walker.FenceAsync();
        Assert.Matches(Listing("You see", "a brass key"), square);
        Assert.Matches(Listing("Exits", "archway"), "Exits:" + squareExits);
        await walker.SendLineAsync("archway");
        await walker.WaitForAsync("You cannot go through archway: it is locked.");
        await walker.SendLineAsync("get brasskey");
        await walker.WaitForAsync("You take a brass key.");
        await walker.SendLineAsync("archway");
        await walker.WaitForAsync("Quiet Workshop");
        Assert.Matches(Listing("Exits", "back"), await walker.FenceAsync());

        // The launcher returns once the new silo serves and the Portal has resumed every session there.
        Assert.Contains("reloaded", await mud.RunLauncherAsync("reload"), StringComparison.Ordinal);

        await walker.SendLineAsync("inventory");
        await walker.WaitForAsync("You are carrying:\n  a brass key");
        await walker.SendLineAsync("look");
        await walker.WaitForAsync("Quiet Workshop");
        Assert.Matches(Listing("Exits", "back"), await walker.FenceAsync());
        await walker.SendLineAsync("back");
        await walker.WaitForAsync("Millbrook Village Square");
        await walker.FenceAsync();

        // The builder, who carries nothing, is held back by the lock; the walker with the key goes through.
        await builder.SendLineAsync("inventory");
        await builder.WaitForAsync("You are not carrying anything.");
        await builder.SendLineAsync("archway");
        await builder.WaitForAsync("You cannot go through archway: it is locked.");
        await builder.SendLineAsync("look");
        var after = await builder.WaitForAsync("Exits:");
        Assert.DoesNotContain("brass key", after, StringComparison.Ordinal);
        Assert.Contains($"Also here: {walkerName}", after, StringComparison.Ordinal);
        await walker.SendLineAsync("archway");
        await walker.WaitForAsync("Quiet Workshop");
        await builder.WaitForAsync($"{walkerName} leaves archway.");
        Assert.False(builder.Closed, $"{builderName}'s socket was dropped by the reload");
        Assert.False(walker.Closed, $"{walkerName}'s socket was dropped by the reload");
    }

    // A line of a room's description ("You see: ...", "Exits: ...") naming one thing among the others.
    private static Regex Listing(string label, string name) => new($"{label}: ([^\\n]*, )?{Regex.Escape(name)}(, |\\.|\\n|$)");
}
