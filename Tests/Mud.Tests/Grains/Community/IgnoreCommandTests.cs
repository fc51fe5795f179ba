namespace Mud.Tests.Grains.Community;

[Collection(CommunityClusterCollection.Name)]
[Trait("Category", "Integration")]
public sealed class IgnoreCommandTests(CommunityClusterFixture cluster) : CommunityTestBase(cluster)
{
    [Fact]
    public async Task APage_FromAnIgnoredPlayer_DoesNotArrive_AndTheSenderIsToldNeutrally()
    {
        var (alice, aliceName) = await NewAccountAsync();
        var (bob, bobName) = await NewAccountAsync();
        await alice.TypeAsync($"ignore {bobName}");
        await alice.WaitForAsync($"You ignore {bobName}");

        await bob.TypeAsync($"page {aliceName} = are you there?");

        await bob.WaitForAsync($"{aliceName} is not taking messages from you.");
        await FenceAsync(alice);
        Assert.False(alice.HasReceived("are you there?"), "an ignored player's page arrived");
        Assert.False(bob.HasReceived("ignor"), "the sender was told they are ignored");
    }

    [Fact]
    public async Task AWhisper_FromAnIgnoredPlayer_DoesNotArrive()
    {
        var (alice, aliceName) = await NewAccountAsync();
        var (bob, bobName) = await NewAccountAsync();
        await alice.TypeAsync($"ignore {bobName}");

        await bob.TypeAsync($"whisper {aliceName} = psst");

        await bob.WaitForAsync($"{aliceName} is not taking messages from you.");
        await FenceAsync(alice);
        Assert.False(alice.HasReceived("psst"), "an ignored player's whisper arrived");
    }

    [Fact]
    public async Task TheIgnoreList_IsKeptForTheAccountsNextSession_AndIgnoreDelHearsThemAgain()
    {
        var (alice, aliceName) = await NewAccountAsync();
        var (bob, bobName) = await NewAccountAsync();
        await alice.TypeAsync($"ignore {bobName}");

        var later = await LogInAsync(aliceName);
        await later.TypeAsync("ignore");
        var list = await later.WaitForAsync("You ignore:");
        Assert.Contains(bobName, list, StringComparison.Ordinal);

        await later.TypeAsync($"ignore/del {bobName}");
        await later.WaitForAsync($"You no longer ignore {bobName}.");
        await bob.TypeAsync($"page {aliceName} = hello again");

        await later.WaitForAsync($"{bobName} pages: hello again");
    }

    [Fact]
    public async Task IgnoringYourself_IsRefused()
    {
        var (alice, aliceName) = await NewAccountAsync();

        await alice.TypeAsync($"ignore {aliceName}");

        await alice.WaitForAsync("You cannot ignore yourself.");
    }
}
