using Mud.Objects;

namespace Mud.Tests.Objects;

[Trait("Category", "Unit")]
public sealed class ObjectMatcherTests
{
    private static ObjectSummary Thing(string id, string name, params string[] aliases) => new(id, ObjectKind.Item, name, [.. aliases], LockSet.None, Tags: []);

    private static readonly ObjectSummary[] Here =
    [
        Thing("#1", "a rusty sword", "sword"),
        Thing("#2", "a shiny sword", "sword"),
        Thing("#3", "a leather satchel", "satchel", "bag"),
        Thing("#4", "a silver coin", "coin"),
        Thing("#5", "a silver coin", "coin"),
    ];

    [Theory]
    [InlineData("bag", "#3")]
    [InlineData("SATCHEL", "#3")]
    [InlineData("rusty", "#1")]
    [InlineData("shiny sw", "#2")]
    [InlineData("1.sword", "#1")]
    [InlineData("2.sword", "#2")]
    [InlineData("#4", "#4")]
    [InlineData("coin", "#4")]
    [InlineData("2.coin", "#5")]
    public void AWord_FindsTheOneItMeans(string query, string id) => Assert.Equal(id, ObjectMatcher.Match(Here, query).Found?.Id);

    [Fact]
    public void SeveralDifferentThings_AskWhichOne_WithOrdinalsToType()
    {
        var match = ObjectMatcher.Match(Here, "sword");
        Assert.Null(match.Found);
        Assert.Equal(2, match.Choices.Length);
        Assert.Contains("1.sword", match.Problem(), StringComparison.Ordinal);
        Assert.Contains("2.sword", match.Problem(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("axe")]
    [InlineData("3.sword")]
    [InlineData("0.sword")]
    [InlineData("#99")]
    [InlineData("")]
    public void NothingThatFits_IsNone(string query)
    {
        var match = ObjectMatcher.Match(Here, query);
        Assert.Null(match.Found);
        Assert.True(match.Choices.IsDefaultOrEmpty);
    }

    [Fact]
    public void TheProblem_EscapesWhatWasTyped() =>
        Assert.Contains("||r", ObjectMatcher.Match(Here, "|rhack").Problem(), StringComparison.Ordinal);
}
