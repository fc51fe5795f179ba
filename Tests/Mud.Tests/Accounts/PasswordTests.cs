using Microsoft.Extensions.DependencyInjection;
using Mud.Accounts;
using Orleans.Serialization;

namespace Mud.Tests.Accounts;

[Trait("Category", "Unit")]
public sealed class PasswordTests
{
    [Fact]
    public void APassword_PrintsRedacted_HoweverItIsFormatted()
    {
        var password = new Password("s3cretpw");

        Assert.Equal("***", password.ToString());
        Assert.Equal("login with ***", $"login with {password}");
        Assert.DoesNotContain("s3cretpw", new { Name = "alice", Password = password }.ToString(), StringComparison.Ordinal);
        Assert.Equal("s3cretpw", password.Text);
    }

    [Fact]
    public void ADefaultOrNullPassword_IsEmpty()
    {
        Assert.Equal("", default(Password).Text ?? "");
        Assert.Equal("", new Password(null!).Text);
    }

    [Fact]
    public void APassword_CrossesTheWireIntact()
    {
        using var services = new ServiceCollection().AddSerializer().BuildServiceProvider();
        var serializer = services.GetRequiredService<Serializer>();

        var copy = serializer.Deserialize<Password>(serializer.SerializeToArray(new Password("s3cretpw")));

        Assert.Equal("s3cretpw", copy.Text);
    }
}
