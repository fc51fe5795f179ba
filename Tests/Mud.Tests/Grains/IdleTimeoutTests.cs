using System.Globalization;

namespace Mud.Tests.Grains;

/// <summary>A logged-in session that types nothing for <c>Mud:IdleTimeoutMinutes</c> is closed; administrators are exempt.</summary>
[Trait("Category", "Integration")]
public sealed class IdleTimeoutTests(IdleTimeoutTests.QuickIdleFixture cluster)
    : PlayerTestBase(cluster), IClassFixture<IdleTimeoutTests.QuickIdleFixture>
{
    private const string Closed = "You were idle for";

    [Fact]
    public async Task ALoggedInSession_ThatTypesNothing_IsToldAndClosedAfterTheIdleTimeout()
    {
        var (player, _) = await NewAccountAsync();

        await player.WaitForAsync(Closed);

        Assert.Empty(await player.Session.InputAsync("look"));
    }

    [Fact]
    public async Task AnAdministrator_StaysOpenPastTheIdleTimeout()
    {
        var founder = await LogInAsync(GameClusterFixture.FounderName);

        // Absence cannot be awaited: wait past the timeout, then check the session still answers.
        await Task.Delay(QuickIdleFixture.Timeout + TimeSpan.FromSeconds(2));
        await FenceAsync(founder);

        Assert.False(founder.HasReceived(Closed), "an administrator was closed for being idle");
    }

    public sealed class QuickIdleFixture : GameClusterFixture
    {
        public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

        protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
        {
            ["Mud:IdleTimeoutMinutes"] = Timeout.TotalMinutes.ToString(CultureInfo.InvariantCulture),
        };
    }
}
