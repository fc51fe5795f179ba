using Mud.Characters;
using Mud.Oob;

namespace Mud.Tests.Grains.Oob;

[Collection(GameClusterCollection.Name)]
[Trait("Category", "Integration")]
public sealed class GmcpSubscriptionTests(GameClusterFixture cluster) : OobTestBase(cluster)
{
    [Fact]
    public async Task HelloAndSupportsSet_BeforeLogin_ThenVitalsAndRoomInfo_AndRoomInfoAgainOnMovement()
    {
        var player = await ConnectedSpeakingAsync(OobProtocols.Gmcp);
        await SendKwargsAsync(player, OobProtocol.Gmcp, "Core.Hello", new OobField("client", OobValue.Of("Mudlet")), new OobField("version", OobValue.Of("4.19.1")));
        await SendAsync(player, OobProtocol.Gmcp, "Core.Supports.Set", "Char 1", "Room 1", "Char.Skills 1");
        var name = TestPlayer.UniqueName();
        await player.TypeAsync($"create {name} s3cretpw");
        await player.TypeAsync($"connect {name} s3cretpw");

        await WaitForPackageAsync(player, OobProtocol.Gmcp, "Char.Name", m => m.Kwarg("name")?.AsText() == name);
        var vitals = await WaitForPackageAsync(player, OobProtocol.Gmcp, "Char.Vitals");
        Assert.Equal(100, Number(vitals[0].Message, "hp"));
        Assert.Equal(100, Number(vitals[0].Message, "maxhp"));
        Assert.Equal(50, Number(vitals[0].Message, "mp"));
        await WaitForPackageAsync(player, OobProtocol.Gmcp, "Char.Status", m => Number(m, "level") == 1);
        await WaitForPackageAsync(player, OobProtocol.Gmcp, "Room.Info", m => m.Kwarg("name")?.AsText() == "Millbrook Village Square");

        await player.TypeAsync("north");

        var info = await WaitForPackageAsync(player, OobProtocol.Gmcp, "Room.Info", m => m.Kwarg("name")?.AsText() == "The Crooked Lantern");
        var message = info[0].Message;
        Assert.Equal(Rooms.RoomNumber.Of(new Rooms.RoomId("crooked-lantern")), Number(message, "num"));
        Assert.Equal("Millbrook", message.Kwarg("area")!.AsText());
        var exits = (OobTable)message.Kwarg("exits")!;
        Assert.Equal(Rooms.RoomNumber.Of(new Rooms.RoomId("village-square")), ((OobNumber)exits["s"]!).Value);
        Assert.Equal(Rooms.RoomNumber.Of(new Rooms.RoomId("lantern-loft")), ((OobNumber)exits["u"]!).Value);
    }

    [Fact]
    public async Task OnlySupportedPackagesAreSent_AndAddingAModuleSendsItsPackagesNow()
    {
        var (player, _) = await PlayerSpeakingAsync(OobProtocols.Gmcp);
        await SendAsync(player, OobProtocol.Gmcp, "Core.Supports.Set", "Char 1");
        await WaitForPackageAsync(player, OobProtocol.Gmcp, "Char.Vitals");

        await player.TypeAsync("east");
        await player.WaitForAsync("Bakery Lane");
        await SendAsync(player, OobProtocol.Gmcp, "Core.Ping");
        await WaitForPackageAsync(player, OobProtocol.Gmcp, "Core.Ping");
        Assert.DoesNotContain(Recorder.Of(player.SessionId, OobProtocol.Gmcp), r => r.Message.Name == "Room.Info");

        await SendAsync(player, OobProtocol.Gmcp, "Core.Supports.Add", "Room 1");
        await WaitForPackageAsync(player, OobProtocol.Gmcp, "Room.Info", m => m.Kwarg("name")?.AsText() == "Bakery Lane");

        await SendAsync(player, OobProtocol.Gmcp, "Core.Supports.Remove", "Char");
        await player.TypeAsync("cast heal");
        await player.WaitForAsync("mana left");
        await SendAsync(player, OobProtocol.Gmcp, "Core.Ping");
        await WaitForPackageAsync(player, OobProtocol.Gmcp, "Core.Ping", count: 2);
        Assert.Single(Recorder.Of(player.SessionId, OobProtocol.Gmcp), r => r.Message.Name == "Char.Vitals");
    }

    [Fact]
    public async Task CoreSupports_IgnoresNonsense_AndUnknownPackagesAreIgnoredInGmcp()
    {
        var (player, _) = await PlayerSpeakingAsync(OobProtocols.Gmcp);
        await SendAsync(player, OobProtocol.Gmcp, "Core.Supports.Set", "Char zero", "", "Room 0", "Char.Skills");
        await SendAsync(player, OobProtocol.Gmcp, "No.Such.Package", "anything");
        await SendAsync(player, OobProtocol.Gmcp, "Core.Ping");

        await WaitForPackageAsync(player, OobProtocol.Gmcp, "Core.Ping");
        Assert.Equal(new[] { "Core.Ping" }, Recorder.Of(player.SessionId, OobProtocol.Gmcp).Select(r => r.Message.Name));
    }

    [Fact]
    public async Task Say_ReachesListenersAsCommChannelText_OnlyWhereAskedFor()
    {
        var (listener, _) = await PlayerSpeakingAsync(OobProtocols.Gmcp);
        await SendAsync(listener, OobProtocol.Gmcp, "Core.Supports.Set", "Comm.Channel 1");
        var (deaf, _) = await PlayerSpeakingAsync(OobProtocols.Gmcp);
        await SendAsync(deaf, OobProtocol.Gmcp, "Core.Supports.Set", "Char 1");
        var (speaker, speakerName) = await PlayerSpeakingAsync(OobProtocols.Json);

        await speaker.TypeAsync("say Hello, \"friends\"!");

        var heard = await WaitForPackageAsync(listener, OobProtocol.Gmcp, "Comm.Channel.Text");
        Assert.Equal("say", heard[0].Message.Kwarg("channel")!.AsText());
        Assert.Equal(speakerName, heard[0].Message.Kwarg("talker")!.AsText());
        Assert.Equal($"{speakerName} says, \"Hello, \"friends\"!\"", heard[0].Message.Kwarg("text")!.AsText());
        await WaitForPackageAsync(speaker, OobProtocol.Json, "Comm.Channel.Text", m => m.Kwarg("text")!.AsText().StartsWith("You say", StringComparison.Ordinal));
        await deaf.WaitForAsync($"{speakerName} says");
        Assert.DoesNotContain(Recorder.Of(deaf.SessionId, OobProtocol.Gmcp), r => r.Message.Name == "Comm.Channel.Text");
    }

    [Fact]
    public async Task Json_GetsTheGmcpPackagesWithoutAsking_AndUnknownNamesGetAnError()
    {
        var (player, _) = await PlayerSpeakingAsync(OobProtocols.Json);
        await WaitForPackageAsync(player, OobProtocol.Json, "Char.Vitals");
        await WaitForPackageAsync(player, OobProtocol.Json, "Room.Info");

        await SendAsync(player, OobProtocol.Json, "No.Such.Thing");

        var error = await WaitForPackageAsync(player, OobProtocol.Json, "error");
        Assert.Contains("No.Such.Thing", error[0].Message.Kwarg("message")!.AsText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonText_RunsATypedLine_AndACommandNameRunsTheCommand_ButNeverAsAPassword()
    {
        var (player, name) = await PlayerSpeakingAsync(OobProtocols.Json);
        await SendAsync(player, OobProtocol.Json, "text", "say typed through JSON");
        await player.WaitForAsync("You say, \"typed through JSON\"");
        await SendAsync(player, OobProtocol.Gmcp, "look");
        await player.WaitForAsync("Cobblestones worn smooth");

        var other = await ConnectedSpeakingAsync(OobProtocols.Gmcp);
        await other.TypeAsync($"connect {name}");
        await other.WaitForAsync("Password:");
        await SendAsync(other, OobProtocol.Gmcp, "who");
        await other.TypeAsync("s3cretpw");
        await other.WaitForAsync($"Welcome, {name}");
    }

    [Fact]
    public async Task Vitals_AreReportedAsTheyChange_IncludingRegeneration()
    {
        var (player, name) = await PlayerSpeakingAsync(OobProtocols.Gmcp);
        await SendAsync(player, OobProtocol.Gmcp, "Core.Supports.Set", "Char 1");
        await WaitForPackageAsync(player, OobProtocol.Gmcp, "Char.Vitals", m => Number(m, "hp") == 100);

        await Client.GetGrain<ICharacterGrain>(name.ToLowerInvariant()).AdjustVitalsAsync(-40, -20);

        await WaitForPackageAsync(player, OobProtocol.Gmcp, "Char.Vitals", m => Number(m, "hp") == 60 && Number(m, "mp") == 30);

        // One regeneration tick (a twentieth of 100 health, a tenth of 50 mana) within a few seconds, pushed without asking.
        await Recorder.WaitForAsync(player.SessionId, OobProtocol.Gmcp, m => m.Name == "Char.Vitals" && Number(m, "hp") == 65 && Number(m, "mp") == 35, "Char.Vitals after a regeneration tick", timeout: TimeSpan.FromSeconds(15));
    }
}
