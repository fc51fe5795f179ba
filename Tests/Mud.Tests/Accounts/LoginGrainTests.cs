using Mud.Accounts;
using Mud.Tests.Grains;

namespace Mud.Tests.Accounts;

/// <summary>The web site's login check: the same throttles as telnet (the fixture allows 3 failures).</summary>
[Collection(GameClusterCollection.Name)]
[Trait("Category", "Integration")]
public sealed class LoginGrainTests(GameClusterFixture cluster)
{
    private ILoginGrain Login => cluster.Client.GetGrain<ILoginGrain>(0);

    [Fact]
    public async Task RightPassword_LogsIn_WrongPassword_SaysSoWithoutSayingWhichWasWrong()
    {
        var name = await NewAccountAsync();

        var ok = await Login.LogInAsync(name.ToLowerInvariant(), new Password("s3cretpw"), "10.1.0.1");
        var wrong = await Login.LogInAsync(name, new Password("nottheone"), "10.1.0.2");
        var unknown = await Login.LogInAsync(TestPlayer.UniqueName(), new Password("s3cretpw"), "10.1.0.3");
        var invalid = await Login.LogInAsync("<b>", new Password("s3cretpw"), "10.1.0.4");

        Assert.True(ok.Succeeded);
        Assert.Equal(name, ok.Account!.Name);
        Assert.Equal("Wrong name or password.", wrong.Message);
        Assert.Equal("Wrong name or password.", unknown.Message);
        Assert.Equal("Wrong name or password.", invalid.Message);
    }

    [Fact]
    public async Task RepeatedFailures_FromOneAddress_LockThatAddressOut_EvenForOtherAccounts()
    {
        var address = "10.2.0." + Random.Shared.Next(1, 250);
        var victim = await NewAccountAsync();
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal("Wrong name or password.", (await Login.LogInAsync(TestPlayer.UniqueName(), new Password("guess"), address)).Message);
        }

        var third = await Login.LogInAsync(TestPlayer.UniqueName(), new Password("guess"), address);
        var rightPasswordFromThere = await Login.LogInAsync(victim, new Password("s3cretpw"), address);
        var rightPasswordElsewhere = await Login.LogInAsync(victim, new Password("s3cretpw"), "10.3.0.1");

        Assert.StartsWith("Too many failed logins.", third.Message, StringComparison.Ordinal);
        Assert.StartsWith("Too many failed logins.", rightPasswordFromThere.Message, StringComparison.Ordinal);
        Assert.True(rightPasswordElsewhere.Succeeded);
    }

    [Fact]
    public async Task RepeatedFailures_ForOneAccount_LockOutThatAddressForIt_ButNotTheOwnerElsewhere()
    {
        var name = await NewAccountAsync();
        var other = await NewAccountAsync();
        for (var i = 0; i < 3; i++)
        {
            await Login.LogInAsync(name, new Password("guess"), "10.4.1.1");
        }

        var fromThere = await Login.LogInAsync(name, new Password("s3cretpw"), "10.4.1.1");
        var fromThereOtherAccount = await Login.LogInAsync(other, new Password("s3cretpw"), "10.4.1.1");
        var fromElsewhere = await Login.LogInAsync(name, new Password("s3cretpw"), "10.4.9.1");

        Assert.StartsWith("Too many failed logins.", fromThere.Message, StringComparison.Ordinal);
        Assert.StartsWith("Too many failed logins.", fromThereOtherAccount.Message, StringComparison.Ordinal);
        Assert.True(fromElsewhere.Succeeded, fromElsewhere.Message);
    }

    private async Task<string> NewAccountAsync()
    {
        var name = TestPlayer.UniqueName();
        Assert.True((await cluster.Client.GetGrain<IAccountGrain>(NameRules.KeyOf(name)).CreateAsync(name, new Password("s3cretpw"))).Succeeded);
        return name;
    }
}
