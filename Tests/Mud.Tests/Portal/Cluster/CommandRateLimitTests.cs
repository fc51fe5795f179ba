using Microsoft.Extensions.Time.Testing;
using Mud.Portal.Cluster;

namespace Mud.Tests.Portal.Cluster;

[Trait("Category", "Unit")]
public sealed class CommandRateLimitTests
{
    [Fact]
    public void ABurst_UpToTheRate_IsAdmitted_AndTheNextCommandIsRefused()
    {
        var limit = new CommandRateLimit(80, new FakeTimeProvider());

        Assert.All(Enumerable.Range(0, 80), _ => Assert.Equal(CommandAdmission.Admitted, limit.Admit()));
        Assert.Equal(CommandAdmission.Refused, limit.Admit());
    }

    [Fact]
    public void CommandsComeBack_AtTheRate()
    {
        var clock = new FakeTimeProvider();
        var limit = new CommandRateLimit(10, clock);
        while (limit.Admit() == CommandAdmission.Admitted)
        {
        }

        clock.Advance(TimeSpan.FromMilliseconds(100));

        Assert.Equal(CommandAdmission.Admitted, limit.Admit());
        Assert.NotEqual(CommandAdmission.Admitted, limit.Admit());
    }

    [Fact]
    public void AQuietSession_SavesUpNoMoreThanOneSecondOfCommands()
    {
        var clock = new FakeTimeProvider();
        var limit = new CommandRateLimit(5, clock);

        clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(5, Enumerable.Range(0, 100).Count(_ => limit.Admit() == CommandAdmission.Admitted));
    }

    [Fact]
    public void AFlood_IsRefusedOnce_ThenStillRefused_UntilACommandIsAdmittedAgain()
    {
        var clock = new FakeTimeProvider();
        var limit = new CommandRateLimit(1, clock);
        Assert.Equal(CommandAdmission.Admitted, limit.Admit());

        Assert.Equal(CommandAdmission.Refused, limit.Admit());
        Assert.Equal(CommandAdmission.StillRefused, limit.Admit());

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(CommandAdmission.Admitted, limit.Admit());
        Assert.Equal(CommandAdmission.Refused, limit.Admit());
    }
}
