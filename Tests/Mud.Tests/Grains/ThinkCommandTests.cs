using Mud.Sessions;

namespace Mud.Tests.Grains;

[Collection(GameClusterCollection.Name)]
[Trait("Category", "Integration")]
public sealed class ThinkCommandTests(GameClusterFixture cluster) : IDisposable
{
    private readonly RecordingPortal _portal = new();
    private IPortalObserver? _observer;

    private IClusterClient Client => cluster.Client;

    private IPortalObserver Observer => _observer ??= Client.CreateObjectReference<IPortalObserver>(_portal);

    public void Dispose()
    {
        if (_observer is not null)
        {
            Client.DeleteObjectReference<IPortalObserver>(_observer);
        }
    }

    [Fact]
    public async Task Think_ShowsTheTextToThePlayerOnly_WithMarkupEscaped()
    {
        var (thinker, _) = await TestPlayer.LoggedInAsync(Client, _portal, Observer);
        var (bystander, _) = await TestPlayer.LoggedInAsync(Client, _portal, Observer);
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
        var (thinker, _) = await TestPlayer.LoggedInAsync(Client, _portal, Observer);

        await thinker.TypeAsync("think");

        await thinker.WaitForAsync("Think what?");
    }
}
