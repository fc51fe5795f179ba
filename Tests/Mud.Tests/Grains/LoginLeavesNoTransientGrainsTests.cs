using Mud.Accounts;
using Mud.Mail;

namespace Mud.Tests.Grains;

/// <summary>
/// A login asks the account's mailbox for its unread count once and resets the account's throttle once; an idle player
/// afterwards keeps neither in memory for as long as it stays. The throttle of the address, shared by every login from
/// it, stays.
/// </summary>
[Collection(GameClusterCollection.Name)]
[Trait("Category", "Integration")]
public sealed class LoginLeavesNoTransientGrainsTests(GameClusterFixture cluster) : PlayerTestBase(cluster)
{
    [Fact]
    public async Task AfterALogin_TheAccountsMailboxAndThrottle_AreLetGo()
    {
        var (_, name) = await NewAccountAsync();
        var key = NameRules.KeyOf(name);
        var mailbox = Client.GetGrain<IMailboxGrain>(key).GetGrainId();
        var throttle = Client.GetGrain<ILoginThrottleGrain>(LoginThrottleKeys.ForAccountFrom(key, "127.0.0.1")).GetGrainId();

        Assert.True(await GoneAsync(mailbox), "the mailbox stayed active after the unread count");
        Assert.True(await GoneAsync(throttle), "the account's login throttle stayed active after its reset");
    }

    [Fact]
    public async Task AThrottleLetGoAfterAReset_StillCountsTheNextFailures()
    {
        var throttle = Client.GetGrain<ILoginThrottleGrain>(LoginThrottleKeys.ForAddress("10.9.0." + Random.Shared.Next(1, 250)));
        await throttle.RecordFailureAsync();
        await throttle.ResetAsync();
        Assert.True(await GoneAsync(throttle.GetGrainId()), "the throttle stayed active after its reset");

        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(TimeSpan.Zero, await throttle.RecordFailureAsync());
        }

        Assert.True(await throttle.RecordFailureAsync() > TimeSpan.Zero);
        Assert.True(await throttle.GetLockoutAsync() > TimeSpan.Zero);
    }

    private async Task<bool> GoneAsync(GrainId grain)
    {
        var management = Client.GetGrain<IManagementGrain>(0);
        for (var waited = 0; waited < 50; waited++)
        {
            if (!(await management.GetActiveGrains(grain.Type)).Contains(grain))
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }
}
