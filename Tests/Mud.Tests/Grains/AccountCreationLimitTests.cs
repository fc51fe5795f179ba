using System.Globalization;
using Mud.Accounts;

namespace Mud.Tests.Grains;

/// <summary>Accounts created per address (an IPv6 /64 counts as one) within <c>Mud:Security:AccountCreationWindowMinutes</c>.</summary>
[Trait("Category", "Integration")]
public sealed class AccountCreationLimitTests(AccountCreationLimitTests.FewAccountsFixture cluster)
    : PlayerTestBase(cluster), IClassFixture<AccountCreationLimitTests.FewAccountsFixture>
{
    [Fact]
    public async Task AnAddress_PastItsAllowance_IsRefused_WhileAnotherAddressMayStillCreate()
    {
        var player = await ConnectAsync("198.51.100.1");
        for (var i = 0; i < FewAccountsFixture.PerAddress; i++)
        {
            var name = TestPlayer.UniqueName();
            await player.TypeAsync($"create {name} s3cretpw");
            await player.WaitForAsync($"Account {name} created.");
        }

        await player.TypeAsync($"create {TestPlayer.UniqueName()} s3cretpw");
        await player.WaitForAsync(AccountCreation.TooManyFromAddress);

        var other = await ConnectAsync("198.51.100.2");
        var allowed = TestPlayer.UniqueName();
        await other.TypeAsync($"create {allowed} s3cretpw");
        await other.WaitForAsync($"Account {allowed} created.");
    }

    [Fact]
    public async Task AddressesInOneIpv6Slash64_ShareOneAllowance()
    {
        for (var i = 0; i < FewAccountsFixture.PerAddress; i++)
        {
            var player = await ConnectAsync($"2001:db8:5:6::{i + 1}");
            var name = TestPlayer.UniqueName();
            await player.TypeAsync($"create {name} s3cretpw");
            await player.WaitForAsync($"Account {name} created.");
        }

        var next = await ConnectAsync("2001:db8:5:6:ffff::99");
        await next.TypeAsync($"create {TestPlayer.UniqueName()} s3cretpw");

        await next.WaitForAsync(AccountCreation.TooManyFromAddress);
    }

    [Fact]
    public async Task ACreationThatFails_DoesNotUseTheAllowance()
    {
        var player = await ConnectAsync("198.51.100.3");
        for (var i = 0; i < FewAccountsFixture.PerAddress + 1; i++)
        {
            await player.TypeAsync($"create {TestPlayer.UniqueName()} short");
            await player.WaitForAsync("at least 8 characters");
        }

        var name = TestPlayer.UniqueName();
        await player.TypeAsync($"create {name} s3cretpw");

        await player.WaitForAsync($"Account {name} created.");
    }

    [Fact]
    public async Task TheWebSitesRegistration_CountsAgainstTheSameAllowance()
    {
        var login = Client.GetGrain<ILoginGrain>(0);
        for (var i = 0; i < FewAccountsFixture.PerAddress; i++)
        {
            Assert.True((await login.CreateAccountAsync(TestPlayer.UniqueName(), new Password("s3cretpw"), "198.51.100.4")).Succeeded);
        }

        var refused = await login.CreateAccountAsync(TestPlayer.UniqueName(), new Password("s3cretpw"), "198.51.100.4");

        Assert.Equal(AccountCreation.TooManyFromAddress, refused.Message);
    }

    public sealed class FewAccountsFixture : GameClusterFixture
    {
        public const int PerAddress = 2;

        protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
        {
            ["Mud:Security:MaxAccountsPerAddress"] = PerAddress.ToString(CultureInfo.InvariantCulture),
        };
    }
}

/// <summary>Accounts created in the whole game within the window, whatever the addresses.</summary>
[Trait("Category", "Integration")]
public sealed class OverallAccountCreationLimitTests(OverallAccountCreationLimitTests.FewOverallFixture cluster)
    : PlayerTestBase(cluster), IClassFixture<OverallAccountCreationLimitTests.FewOverallFixture>
{
    [Fact]
    public async Task TheGame_PastItsOverallAllowance_RefusesEveryAddress()
    {
        for (var i = 0; i < FewOverallFixture.Overall; i++)
        {
            var player = await ConnectAsync($"203.0.113.{i + 1}");
            var name = TestPlayer.UniqueName();
            await player.TypeAsync($"create {name} s3cretpw");
            await player.WaitForAsync($"Account {name} created.");
        }

        var late = await ConnectAsync("203.0.113.200");
        await late.TypeAsync($"create {TestPlayer.UniqueName()} s3cretpw");

        await late.WaitForAsync(AccountCreation.TooManyOverall);
    }

    public sealed class FewOverallFixture : GameClusterFixture
    {
        public const int Overall = 3;

        protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
        {
            ["Mud:Security:MaxAccountsOverall"] = Overall.ToString(CultureInfo.InvariantCulture),
        };
    }
}
