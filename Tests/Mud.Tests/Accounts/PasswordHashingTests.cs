using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Mud.Accounts;
using Mud.Settings;

namespace Mud.Tests.Accounts;

[Trait("Category", "Unit")]
public sealed class PasswordHashingTests
{
    [Fact]
    public async Task AFloodOfHashes_RunsNoMoreAtOnceThanTheSetting()
    {
        using var hashing = new PasswordHashing(Options.Create(new SecurityOptions { MaxConcurrentPasswordHashes = 2 }));
        var running = 0;
        var most = 0;
        using var twoStarted = new CountdownEvent(2);
        using var release = new ManualResetEventSlim();

        var flood = Enumerable.Range(0, 8).Select(_ => hashing.RunAsync(() =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            if (!twoStarted.IsSet)
            {
                twoStarted.Signal();
            }

            release.Wait(TimeSpan.FromSeconds(30));
            Interlocked.Decrement(ref running);
            return now;
        })).ToList();
        Assert.True(await Task.Run(() => twoStarted.Wait(TimeSpan.FromSeconds(30))), "two hashes never ran at once");

        // The other six must wait: give them a moment in which they could (wrongly) start.
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        Assert.Equal(2, Volatile.Read(ref running));
        release.Set();
        await Task.WhenAll(flood).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, most);
    }

    [Fact]
    public void UnsetConcurrency_IsHalfTheProcessors_AtLeastOne()
    {
        Assert.Equal(Math.Max(1, Environment.ProcessorCount / 2), new SecurityOptions().PasswordHashConcurrency);
    }

    [Fact]
    public void AWindowCounter_RefusesPastItsLimit_AndCountsAgainOnceTheWindowHasPassed()
    {
        var clock = new FakeTimeProvider();
        var counter = new SlidingWindowCounter(clock);
        var window = TimeSpan.FromMinutes(60);

        Assert.True(counter.TryAdd(2, window));
        clock.Advance(TimeSpan.FromMinutes(30));
        Assert.True(counter.TryAdd(2, window));
        Assert.False(counter.TryAdd(2, window));

        clock.Advance(TimeSpan.FromMinutes(30));

        Assert.True(counter.TryAdd(2, window));
        Assert.False(counter.TryAdd(2, window));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
