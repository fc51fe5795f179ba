namespace Mud.Tests.Grains;

/// <summary>A connection that never logs in is closed after <c>Mud:LoginTimeoutSeconds</c>.</summary>
[Trait("Category", "Integration")]
public sealed class LoginTimeoutTests(LoginTimeoutTests.QuickTimeoutFixture cluster)
    : PlayerTestBase(cluster), IClassFixture<LoginTimeoutTests.QuickTimeoutFixture>
{
    private const string Closed = "You did not log in in time";

    [Fact]
    public async Task AConnection_ThatNeverLogsIn_IsClosedAfterTheTimeout()
    {
        var player = await ConnectAsync();
        await player.TypeAsync("who");

        await player.WaitForAsync(Closed);

        Assert.Empty(await player.Session.InputAsync("look"));
    }

    [Fact]
    public async Task ASession_ThatLoggedIn_StaysOpenPastTheTimeout()
    {
        var (player, _) = await NewAccountAsync();

        // Absence cannot be awaited: wait past the timeout, then check the session still answers.
        await Task.Delay(TimeSpan.FromSeconds(QuickTimeoutFixture.TimeoutSeconds + 1));
        await FenceAsync(player);

        Assert.False(player.HasReceived(Closed), "a logged-in session was closed by the login timeout");
    }

    public sealed class QuickTimeoutFixture : GameClusterFixture
    {
        public const int TimeoutSeconds = 2;

        protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
        {
            ["Mud:LoginTimeoutSeconds"] = TimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
