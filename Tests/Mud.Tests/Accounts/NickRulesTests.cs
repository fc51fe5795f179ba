using Mud.Accounts;

namespace Mud.Tests.Accounts;

[Trait("Category", "Unit")]
public sealed class NickRulesTests
{
    private static readonly Dictionary<string, string> Nicks = new() { ["gg"] = "say Good game", ["n2"] = "north" };

    [Theory]
    [InlineData("gg", "say Good game")]
    [InlineData("GG to all", "say Good game to all")]
    [InlineData("  n2", "north")]
    [InlineData("ggg", "ggg")]
    [InlineData("say gg", "say gg")]
    public void OnlyTheFirstWord_IsReplaced(string typed, string expected) => Assert.Equal(expected, NickRules.Apply(Nicks, typed));

    [Theory]
    [InlineData("nick", "look")]
    [InlineData("two words", "look")]
    [InlineData("ok", "")]
    public void ProtectedOrMalformedNicks_AreRefused(string word, string replacement) => Assert.NotNull(NickRules.Problem(word, replacement));
}
