using Mud.Accounts;
using Mud.Help;
using Mud.Tests.Grains;

namespace Mud.Tests.Help;

[Collection(GameClusterCollection.Name)]
[Trait("Category", "Integration")]
public sealed class HelpTopicTests(GameClusterFixture cluster) : PlayerTestBase(cluster)
{
    private async Task<(TestPlayer Builder, TestPlayer Reader)> BuilderAndReaderAsync()
    {
        var (builder, name) = await NewAccountAsync();
        await Account(name).SetLevelAsync(PermissionLevel.Builder);
        await FenceAsync(builder);
        var (reader, _) = await NewAccountAsync();
        return (builder, reader);
    }

    [Fact]
    public async Task ABuildersTopic_IsShownByHelp_ToEveryone_AndOnTheWeb()
    {
        var (builder, reader) = await BuilderAndReaderAsync();
        var topic = "lore" + Guid.NewGuid().ToString("N")[..6];

        await builder.TypeAsync($"@help {topic};{topic}x = The |yvillage|n was founded by millers.");
        await builder.WaitForAsync($"The topic {topic} is saved.");
        await reader.TypeAsync($"help {topic}x");
        await reader.WaitForAsync("The village was founded by millers.");
        await reader.TypeAsync("help");
        await reader.WaitForAsync(topic);

        var entry = Assert.Single(await Client.GetGrain<IHelpGrain>(0).GetEntriesAsync(), e => e.Key == topic);
        Assert.Equal(["topic"], entry.UsableWhen.ToArray());

        await builder.TypeAsync($"@help/del {topic}");
        await builder.WaitForAsync($"The topic {topic} is gone.");
        Assert.Null(await Client.GetGrain<IHelpTopicsGrain>(0).FindAsync(topic));
    }

    [Theory]
    [InlineData("@help", "Usage: @help <topic>")]
    [InlineData("@help lore =", "Usage: @help <topic>")]
    [InlineData("@help say = my own say", "'say' is a command")]
    [InlineData("@help bad topic! = text", "must be 1 to 40 letters")]
    [InlineData("@help/del nosuchtopic", "There is no topic 'nosuchtopic'.")]
    public async Task WrongArguments_AreExplained(string line, string answer)
    {
        var (builder, _) = await BuilderAndReaderAsync();
        await builder.TypeAsync(line);
        await builder.WaitForAsync(answer);
    }

    [Fact]
    public async Task OnlyBuilders_MayWriteTopics()
    {
        var (player, _) = await NewAccountAsync();
        await player.TypeAsync("@help lore = mine");
        await player.WaitForAsync("Only Builder and above may use @help.");
    }
}
