using Mud.Accounts;
using Mud.Tests.Grains;

namespace Mud.Tests.Accounts;

/// <summary>The stamp web login cookies carry: new with a password change or "log out everywhere", and with nothing else.</summary>
[Collection(GameClusterCollection.Name)]
[Trait("Category", "Integration")]
public sealed class SecurityStampTests(GameClusterFixture cluster)
{
    private async Task<IAccountGrain> NewAccountAsync()
    {
        var name = TestPlayer.UniqueName();
        var account = cluster.Client.GetGrain<IAccountGrain>(NameRules.KeyOf(name));
        Assert.True((await account.CreateAsync(name, new Password("s3cretpw"))).Succeeded);
        return account;
    }

    [Fact]
    public async Task APasswordChange_GivesANewStamp_AndAFailedOneDoesNot()
    {
        var account = await NewAccountAsync();
        var first = await account.GetSecurityStampAsync();

        await account.ChangePasswordAsync(new Password("wrong-old"), new Password("n3wsecret"));
        var afterFailure = await account.GetSecurityStampAsync();
        Assert.True((await account.ChangePasswordAsync(new Password("s3cretpw"), new Password("n3wsecret"))).Succeeded);
        var afterChange = await account.GetSecurityStampAsync();

        Assert.False(string.IsNullOrEmpty(first));
        Assert.Equal(first, afterFailure);
        Assert.NotEqual(first, afterChange);
    }

    [Fact]
    public async Task LoggingOutEverywhere_GivesANewStamp_AndLoggingInDoesNot()
    {
        var account = await NewAccountAsync();
        var first = await account.GetSecurityStampAsync();

        Assert.True((await account.VerifyPasswordAsync(new Password("s3cretpw"))).Succeeded);
        Assert.Equal(first, await account.GetSecurityStampAsync());
        await account.LogOutEverywhereAsync();

        Assert.NotEqual(first, await account.GetSecurityStampAsync());
    }

    [Fact]
    public async Task AnAccountThatDoesNotExist_HasNoStamp() =>
        Assert.Null(await cluster.Client.GetGrain<IAccountGrain>(NameRules.KeyOf(TestPlayer.UniqueName())).GetSecurityStampAsync());
}
