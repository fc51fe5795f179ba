using Mud.Accounts;

namespace Mud.Tests.Grains;

/// <summary>
/// Login throttles live in memory, and Orleans collects an idle activation after its collection age (15 minutes by
/// default). A lockout, which escalates to an hour, must outlive that: an attacker who waits must still be locked out.
/// Its own cluster, because forcing a collection of everything idle would take in-memory state from other tests.
/// </summary>
[Trait("Category", "Integration")]
public sealed class LoginLockoutCollectionTests(LoginLockoutCollectionTests.OwnClusterFixture cluster)
    : IClassFixture<LoginLockoutCollectionTests.OwnClusterFixture>
{
    [Fact]
    public async Task ALockout_OutlivesIdleCollection_WhileAThrottleWithoutOneIsCollected()
    {
        var lockedOut = cluster.Client.GetGrain<ILoginThrottleGrain>(LoginThrottleKeys.ForAddress("10.7.0.1"));
        var merelyCounting = cluster.Client.GetGrain<ILoginThrottleGrain>(LoginThrottleKeys.ForAddress("10.7.0.2"));
        for (var i = 0; i < 3; i++)
        {
            await lockedOut.RecordFailureAsync();
        }

        Assert.Equal(TimeSpan.Zero, await merelyCounting.RecordFailureAsync());
        Assert.True(await lockedOut.GetLockoutAsync() > TimeSpan.Zero);

        var management = cluster.Client.GetGrain<IManagementGrain>(0);
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        await management.ForceActivationCollection(TimeSpan.FromSeconds(1));

        var type = lockedOut.GetGrainId().Type;
        var active = await management.GetActiveGrains(type);
        for (var waited = 0; active.Contains(merelyCounting.GetGrainId()) && waited < 50; waited++)
        {
            await Task.Delay(100);
            active = await management.GetActiveGrains(type);
        }

        Assert.DoesNotContain(merelyCounting.GetGrainId(), active);
        Assert.Contains(lockedOut.GetGrainId(), active);
        Assert.True(await lockedOut.GetLockoutAsync() > TimeSpan.Zero, "the lockout was forgiven by idle collection");
    }

    public sealed class OwnClusterFixture : GameClusterFixture;
}
