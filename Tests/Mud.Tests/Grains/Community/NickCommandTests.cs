namespace Mud.Tests.Grains.Community;

[Collection(CommunityClusterCollection.Name)]
[Trait("Category", "Integration")]
public sealed class NickCommandTests(CommunityClusterFixture cluster) : CommunityTestBase(cluster)
{
    [Fact]
    public async Task ANick_StandsForItsReplacement_KeepingTheRestOfTheLine()
    {
        var (player, _) = await NewAccountAsync();

        await player.TypeAsync("nick gr = say Greetings");
        await player.WaitForAsync("Nick set: gr now stands for say Greetings.");
        await player.TypeAsync("GR to you all!");

        await player.WaitForAsync("You say, \"Greetings to you all!\"");
    }

    [Fact]
    public async Task Nicks_AreListed_Removed_AndKeptForTheAccountsNextSession()
    {
        var (player, name) = await NewAccountAsync();
        await player.TypeAsync("nick hi = say Hello there");
        await player.TypeAsync("nick lk = look");

        var later = await LogInAsync(name);
        await later.TypeAsync("hi");
        await later.WaitForAsync("You say, \"Hello there\"");
        await later.TypeAsync("nick");
        var list = await later.WaitForAsync("Your nicks:");
        Assert.Contains("hi", list, StringComparison.Ordinal);
        Assert.Contains("say Hello there", list, StringComparison.Ordinal);

        await later.TypeAsync("nick/delete hi");
        await later.WaitForAsync("Nick hi removed.");
        await later.TypeAsync("hi");

        await later.WaitForAsync("Unknown command 'hi'");
    }

    [Fact]
    public async Task Nick_WithWrongArguments_GivesUsageOrSaysWhy()
    {
        var (player, _) = await NewAccountAsync();

        await player.TypeAsync("nick");
        await player.WaitForAsync("You have no nicks.");
        string[] usages = ["nick gg", "nick gg =", "nick = say hi"];
        foreach (var line in usages)
        {
            await player.TypeAsync(line);
        }

        await player.TypeAsync("nick two words = look");
        await player.WaitForAsync("A nick must be one word of at most 20 characters.");
        await player.TypeAsync("nick nick = look");
        await player.WaitForAsync("'nick' cannot be a nick.");
        await player.TypeAsync($"nick long = {new string('x', 201)}");
        await player.WaitForAsync("What a nick stands for must be 1 to 200 characters long.");
        await player.TypeAsync("nick/delete");
        await player.WaitForAsync("Usage: nick/delete <word>");
        await player.TypeAsync("nick/delete nothing");
        await player.WaitForAsync("You have no nick nothing.");
        await WaitForCountAsync(player, t => t.StartsWith("Usage: nick <word> = <replacement>", StringComparison.Ordinal), usages.Length);
    }
}
