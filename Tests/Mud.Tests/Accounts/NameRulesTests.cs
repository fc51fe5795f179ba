using Mud.Accounts;

namespace Mud.Tests.Accounts;

[Trait("Category", "Unit")]
public sealed class NameRulesTests
{
    [Theory]
    [InlineData("Alice")]
    [InlineData("bob")]
    [InlineData("Abcdefghijklmnopqrst")]
    public void Check_AcceptsPlainNames(string name) => Assert.Null(NameRules.Check(name));

    [Theory]
    [InlineData("Al", "3 to 20")]
    [InlineData("Abcdefghijklmnopqrstu", "3 to 20")]
    [InlineData("Ali ce", "only contain")]
    [InlineData("Alice1", "only contain")]
    [InlineData("Élise", "only contain")]
    [InlineData("ADMIN", "reserved")]
    public void Check_RefusesBadNames_WithAReason(string name, string reason) =>
        Assert.Contains(reason, NameRules.Check(name), StringComparison.Ordinal);

    [Fact]
    public void DisplayAndKey_IgnoreTheCaseTyped()
    {
        Assert.Equal("Alice", NameRules.Display("aLICE"));
        Assert.Equal("alice", NameRules.KeyOf("ALICE"));
    }
}
