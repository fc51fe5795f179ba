using Mud.Accounts;

namespace Mud.Tests.Accounts;

[Trait("Category", "Unit")]
public sealed class PasswordHasherTests
{
    [Fact]
    public void Verify_AcceptsTheRightPasswordOnly()
    {
        var hash = PasswordHasher.Hash("s3cretpw", 1000);

        Assert.True(PasswordHasher.Verify("s3cretpw", hash));
        Assert.False(PasswordHasher.Verify("s3cretpW", hash));
    }

    [Fact]
    public void Hash_IsSaltedAndRecordsItsCost()
    {
        var first = PasswordHasher.Hash("same", 1000);
        var second = PasswordHasher.Hash("same", 1000);

        Assert.NotEqual(first, second);
        Assert.StartsWith("pbkdf2-sha256$1000$", first, StringComparison.Ordinal);
        Assert.Equal(1000, PasswordHasher.IterationsOf(first));
    }

    [Theory]
    [InlineData("")]
    [InlineData("plaintext")]
    [InlineData("md5$1$abc$def")]
    public void Verify_RefusesMalformedHashes(string stored) => Assert.False(PasswordHasher.Verify("anything", stored));
}
