using Mud.Commands;

namespace Mud.Tests.Commands;

[Trait("Category", "Unit")]
public sealed class CommandLineTests
{
    [Theory]
    [InlineData("look", "look", "")]
    [InlineData("  LOOK   fountain  ", "look", "fountain")]
    [InlineData("say hello there", "say", "hello there")]
    [InlineData("'hello there", "say", "hello there")]
    [InlineData("\"hello", "say", "hello")]
    [InlineData(":waves.", "pose", "waves.")]
    [InlineData("go\tnorth", "go", "north")]
    [InlineData("   ", "", "")]
    [InlineData("@tag/del sword = rusty", "@tag", "/del sword = rusty")]
    [InlineData("@help/DEL", "@help", "/DEL")]
    [InlineData("/shout", "/shout", "")]
    [InlineData("@DIG/area=Darkwood Glade", "@dig", "/area=Darkwood Glade")]
    public void Parse_SplitsVerbAndArguments(string line, string verb, string arguments)
    {
        var parsed = CommandLine.Parse(line);

        Assert.Equal(verb, parsed.Verb);
        Assert.Equal(arguments, parsed.Arguments);
    }

    [Fact]
    public void Catalog_FindsCommandsByKeyAndAlias()
    {
        Assert.Equal("north", CommandCatalog.Character.Find("n")?.Key);
        Assert.Equal("pose", CommandCatalog.Character.Find("EMOTE")?.Key);
        Assert.Equal("connect", CommandCatalog.Login.Find("connect")?.Key);
        Assert.Null(CommandCatalog.Character.Find("xyzzy"));
    }

    [Fact]
    public void CommandSet_RefusesTwoCommandsWithTheSameWord()
    {
        var duplicate = CommandCatalog.Account.Commands.First();

        Assert.Throws<ArgumentException>(() => new CommandSet<ISessionContext>([duplicate, duplicate]));
    }

    [Fact]
    public void UnknownCommandMessage_SuggestsCloseCommands_AndEscapesTheTypedWord()
    {
        var message = CommandSuggestions.UnknownCommandMessage("sya|r", CommandCatalog.Character.Commands);
        Assert.Contains("'sya||r'", message, StringComparison.Ordinal);

        var suggestion = CommandSuggestions.UnknownCommandMessage("sya", CommandCatalog.Character.Commands);
        Assert.Contains("Did you mean |wsay|n", suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryCommand_HasHelp()
    {
        var all = CommandCatalog.Login.Commands.Concat<ICommandInfo>(CommandCatalog.Account.Commands).Concat(CommandCatalog.Character.Commands);

        Assert.All(all, command =>
        {
            Assert.False(string.IsNullOrWhiteSpace(command.Summary), command.Key);
            Assert.Contains(command.Key, command.Help, StringComparison.Ordinal);
        });
    }
}
