using Mud.Oob;
using Mud.Tests.Grains.Oob;

namespace Mud.Tests.Grains.Community;

[Collection(CommunityClusterCollection.Name)]
[Trait("Category", "Integration")]
public sealed class ChannelOobTests(CommunityClusterFixture cluster) : OobTestBase(cluster)
{
    [Fact]
    public async Task ChannelLines_ReachSessionsAsCommChannelText_OnlyWhereAskedFor()
    {
        var (listener, _) = await PlayerSpeakingAsync(OobProtocols.Gmcp);
        await SendAsync(listener, OobProtocol.Gmcp, "Core.Supports.Set", "Comm.Channel 1");
        var (deaf, _) = await PlayerSpeakingAsync(OobProtocols.Gmcp);
        await SendAsync(deaf, OobProtocol.Gmcp, "Core.Supports.Set", "Char 1");
        var (speaker, speakerName) = await PlayerSpeakingAsync(OobProtocols.Json);
        var word = "gmcp" + Guid.NewGuid().ToString("N")[..8];

        await speaker.TypeAsync($"pub {word}");

        var heard = await WaitForPackageAsync(listener, OobProtocol.Gmcp, "Comm.Channel.Text", m => m.Kwarg("text")!.AsText().Contains(word, StringComparison.Ordinal));
        Assert.Equal("public", heard[0].Message.Kwarg("channel")!.AsText());
        Assert.Equal(speakerName, heard[0].Message.Kwarg("talker")!.AsText());
        Assert.Equal($"[Public] {speakerName}: {word}", heard[0].Message.Kwarg("text")!.AsText());
        await WaitForPackageAsync(speaker, OobProtocol.Json, "Comm.Channel.Text", m => m.Kwarg("text")!.AsText().Contains(word, StringComparison.Ordinal));
        await deaf.WaitForAsync(word);
        Assert.DoesNotContain(Recorder.Of(deaf.SessionId, OobProtocol.Gmcp), r => r.Message.Name == "Comm.Channel.Text");
    }

    [Fact]
    public async Task CommChannelList_IsSentWhenAsked_AndAgainOnJoiningAndLeaving()
    {
        var (player, _) = await PlayerSpeakingAsync(OobProtocols.Gmcp);

        await SendAsync(player, OobProtocol.Gmcp, "Core.Supports.Set", "Comm.Channel 1");

        var list = await WaitForPackageAsync(player, OobProtocol.Gmcp, "Comm.Channel.List");
        var channel = Assert.IsType<OobTable>(Assert.Single(Assert.IsType<OobList>(Assert.Single(list[0].Message.Args)).Items));
        Assert.Equal("public", channel["name"]!.AsText());
        Assert.Equal("Public", channel["caption"]!.AsText());
        Assert.Equal("pub", channel["command"]!.AsText());

        await player.TypeAsync("leave pub");

        await WaitForPackageAsync(player, OobProtocol.Gmcp, "Comm.Channel.List", m => m.Args[0] is OobList { Items.IsEmpty: true });
    }
}
