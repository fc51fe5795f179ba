using System.Globalization;

namespace Mud.Tests.Grains;

/// <summary>One account may send at most <c>Mud:PagesPerMinute</c> pages a minute.</summary>
[Trait("Category", "Integration")]
public sealed class PageThrottleTests(PageThrottleTests.SlowPagesFixture cluster)
    : PlayerTestBase(cluster), IClassFixture<PageThrottleTests.SlowPagesFixture>
{
    [Fact]
    public async Task Pages_FasterThanTheLimit_AreRefused_AndDoNotArrive()
    {
        var (alice, aliceName) = await NewAccountAsync();
        var (bob, _) = await NewAccountAsync();

        for (var i = 1; i <= SlowPagesFixture.PagesPerMinute + 1; i++)
        {
            await bob.TypeAsync($"page {aliceName} = message {i}");
        }

        await bob.WaitForAsync("You are paging too fast.");
        await alice.WaitForAsync($"message {SlowPagesFixture.PagesPerMinute}");
        await FenceAsync(alice);
        Assert.False(alice.HasReceived($"message {SlowPagesFixture.PagesPerMinute + 1}"), "a page over the limit arrived");
    }

    public sealed class SlowPagesFixture : GameClusterFixture
    {
        public const int PagesPerMinute = 3;

        protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
        {
            ["Mud:PagesPerMinute"] = PagesPerMinute.ToString(CultureInfo.InvariantCulture),
        };
    }
}
