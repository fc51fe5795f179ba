using Mud.Sessions;

namespace Mud.Tests.Grains;

[Collection(GameClusterCollection.Name)]
[Trait("Category", "Integration")]
public sealed class ThinkCommandTests(GameClusterFixture cluster) : PlayerTestBase(cluster)
{
    [Fact]
    public async Task Think_ShowsTheTextToThePlayerOnly_WithMarkupEscaped()
    {
        var (thinker, _) = await NewAccountAsync();
        var (bystander, _) = await NewAccountAsync();
        var token = "note-" + Guid.NewGuid().ToString("N");

        await thinker.TypeAsync($"think {token} |rred");

        Assert.Equal($"{token} |rred", await thinker.WaitForAsync(token));
        await bystander.TypeAsync("look");
        await bystander.WaitForAsync("Exits:");
        Assert.DoesNotContain(bystander.Received, line => line.Contains(token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Think_WithNothing_AsksWhat()
    {
        var (thinker, _) = await NewAccountAsync();

        await thinker.TypeAsync("think");

        await thinker.WaitForAsync("Think what?");
    }
}
