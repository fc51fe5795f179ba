using Mud.Characters;
using Mud.Oob;

namespace Mud.Tests.Grains.Oob;

[Collection(GameClusterCollection.Name)]
[Trait("Category", "Integration")]
public sealed class MsdpSubscriptionTests(GameClusterFixture cluster) : OobTestBase(cluster)
{
    [Fact]
    public async Task Report_SendsTheValueAtOnce_ThenEveryChange()
    {
        var (player, name) = await PlayerSpeakingAsync(OobProtocols.Msdp);

        await SendAsync(player, OobProtocol.Msdp, "REPORT", "HEALTH");
        await WaitForMsdpAsync(player, "HEALTH", v => v == "100", "= 100 at once");

        await Client.GetGrain<ICharacterGrain>(name.ToLowerInvariant()).AdjustVitalsAsync(-30, 0);
        await WaitForMsdpAsync(player, "HEALTH", v => v == "70", "= 70 after 30 damage");
    }

    [Fact]
    public async Task Report_BeforeLogin_StartsSendingOnceThereIsAPuppet()
    {
        var player = await ConnectedSpeakingAsync(OobProtocols.Msdp);
        await SendAsync(player, OobProtocol.Msdp, "REPORT", "CHARACTER_NAME", "ROOM_NAME");
        var name = TestPlayer.UniqueName();

        await player.TypeAsync($"create {name} s3cretpw");
        await player.TypeAsync($"connect {name} s3cretpw");

        await WaitForMsdpAsync(player, "CHARACTER_NAME", v => v == name, "= the puppet's name");
        await WaitForMsdpAsync(player, "ROOM_NAME", v => v == "Millbrook Village Square", "= the start room");
    }

    [Fact]
    public async Task CastHeal_SpendsManaAtOnce_EvenAtFullHealth_AndRestoresHealthWhenHurt()
    {
        var (player, name) = await PlayerSpeakingAsync(OobProtocols.Msdp);
        await SendAsync(player, OobProtocol.Msdp, "REPORT", "HEALTH", "MANA");
        await WaitForMsdpAsync(player, "MANA", v => v == "50", "= 50 at once");

        await player.TypeAsync("cast heal");
        await player.WaitForAsync("but you were not hurt");
        await WaitForMsdpAsync(player, "MANA", v => v == "40", "= 40 after one heal at full health");

        await Client.GetGrain<ICharacterGrain>(name.ToLowerInvariant()).AdjustVitalsAsync(-50, 0);
        await WaitForMsdpAsync(player, "HEALTH", v => v == "50", "= 50 after 50 damage");
        await player.TypeAsync("cast heal");
        await WaitForMsdpAsync(player, "HEALTH", v => v == "75", "= 75 after a level 1 heal of 25");
        await WaitForMsdpAsync(player, "MANA", v => v == "30", "= 30 after two heals");
    }

    [Fact]
    public async Task AttackingTheDummy_DamagesAndTeaches_AndRoomDataFollowsMovement()
    {
        var (player, _) = await PlayerSpeakingAsync(OobProtocols.Msdp);
        await SendAsync(player, OobProtocol.Msdp, "REPORT", "HEALTH", "EXPERIENCE", "ROOM");
        await WaitForMsdpAsync(player, "HEALTH", v => v == "100", "= 100 at once");

        await player.TypeAsync("south");
        await player.TypeAsync("south");
        var room = await Recorder.WaitForAsync(player.SessionId, OobProtocol.Msdp, m => m.Name == "ROOM" && m.Args[0] is OobTable t && t["NAME"]?.AsText() == "The Training Yard", "ROOM for the training yard");
        var table = (OobTable)room[0].Message.Args[0];
        Assert.Equal(Rooms.RoomNumber.Of(new Rooms.RoomId("training-yard")).ToString(System.Globalization.CultureInfo.InvariantCulture), table["VNUM"]!.AsText());
        Assert.Equal(Rooms.RoomNumber.Of(new Rooms.RoomId("south-gate")).ToString(System.Globalization.CultureInfo.InvariantCulture), ((OobTable)table["EXITS"]!)["n"]!.AsText());

        await player.TypeAsync("attack dummy");
        await player.WaitForAsync("It swings back and hits you");
        await WaitForMsdpAsync(player, "HEALTH", v => int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) is >= 91 and <= 97, "between 91 and 97 after one blow of 3 to 9");
        await WaitForMsdpAsync(player, "EXPERIENCE", v => v == "10", "= 10 after one exchange");
    }

    [Fact]
    public async Task OnlyReportedVariablesAreSent()
    {
        var (player, _) = await PlayerSpeakingAsync(OobProtocols.Msdp);
        await SendAsync(player, OobProtocol.Msdp, "REPORT", "HEALTH");
        await WaitForMsdpAsync(player, "HEALTH", v => v == "100", "= 100 at once");

        await player.TypeAsync("cast heal");
        await player.WaitForAsync("mana left");

        // SEND is answered after the heal's change has been handled: a fence for what was (not) pushed before it.
        await SendAsync(player, OobProtocol.Msdp, "SEND", "SERVER_ID");
        await WaitForMsdpAsync(player, "SERVER_ID", v => v.Length > 0, "the game's name");
        var names = Recorder.Of(player.SessionId, OobProtocol.Msdp).Select(r => r.Message.Name).ToList();
        Assert.DoesNotContain("MANA", names);
        Assert.Single(names, n => n == "HEALTH");
    }

    [Fact]
    public async Task List_AnswersTheStandardLists_AndUnknownNamesAreIgnored()
    {
        var (player, _) = await PlayerSpeakingAsync(OobProtocols.Msdp);
        await SendAsync(player, OobProtocol.Msdp, "REPORT", "HEALTH", "NO_SUCH_VARIABLE");
        await SendAsync(player, OobProtocol.Msdp, "NONSENSE", "x");

        await SendAsync(player, OobProtocol.Msdp, "LIST", "COMMANDS", "REPORTABLE_VARIABLES", "REPORTED_VARIABLES", "NO_SUCH_LIST");

        var commands = await Recorder.WaitForAsync(player.SessionId, OobProtocol.Msdp, m => m.Name == "COMMANDS", "COMMANDS");
        Assert.Equal(new[] { "LIST", "REPORT", "RESET", "SEND", "UNREPORT", "REPEAT", "UNREPEAT" }, Items(commands[0].Message));
        var reportable = await Recorder.WaitForAsync(player.SessionId, OobProtocol.Msdp, m => m.Name == "REPORTABLE_VARIABLES", "REPORTABLE_VARIABLES");
        Assert.Superset(new HashSet<string> { "CHARACTER_NAME", "SERVER_ID", "HEALTH", "HEALTH_MAX", "MANA", "MANA_MAX", "LEVEL", "EXPERIENCE", "ROOM", "ROOM_NAME", "ROOM_EXITS" }, Items(reportable[0].Message).ToHashSet());
        var reported = await Recorder.WaitForAsync(player.SessionId, OobProtocol.Msdp, m => m.Name == "REPORTED_VARIABLES", "REPORTED_VARIABLES");
        Assert.Equal(new[] { "HEALTH" }, Items(reported[0].Message));
        Assert.DoesNotContain(Recorder.Of(player.SessionId, OobProtocol.Msdp), r => r.Message.Name is "NO_SUCH_LIST" or "NO_SUCH_VARIABLE");
    }

    [Fact]
    public async Task Send_AnswersOnce_WithoutReporting()
    {
        var (player, name) = await PlayerSpeakingAsync(OobProtocols.Msdp);

        await SendAsync(player, OobProtocol.Msdp, "SEND", "CHARACTER_NAME", "SERVER_TIME", "LEVEL");

        await WaitForMsdpAsync(player, "CHARACTER_NAME", v => v == name, "= the puppet");
        await WaitForMsdpAsync(player, "SERVER_TIME", v => Math.Abs(long.Parse(v, System.Globalization.CultureInfo.InvariantCulture) - DateTimeOffset.UtcNow.ToUnixTimeSeconds()) < 60, "= about now, in Unix seconds");
        await WaitForMsdpAsync(player, "LEVEL", v => v == "1", "= 1");
    }

    [Fact]
    public async Task Unreport_AndReset_StopReports()
    {
        var (player, name) = await PlayerSpeakingAsync(OobProtocols.Msdp);
        var character = Client.GetGrain<ICharacterGrain>(name.ToLowerInvariant());
        await SendAsync(player, OobProtocol.Msdp, "REPORT", "HEALTH", "MANA");
        await WaitForMsdpAsync(player, "MANA", v => v == "50", "= 50 at once");

        await SendAsync(player, OobProtocol.Msdp, "UNREPORT", "HEALTH");
        await character.AdjustVitalsAsync(-10, -10);
        await WaitForMsdpAsync(player, "MANA", v => v == "40", "= 40, still reported");
        await SendAsync(player, OobProtocol.Msdp, "RESET", "REPORTABLE_VARIABLES");
        await character.AdjustVitalsAsync(-10, -10);
        await SendAsync(player, OobProtocol.Msdp, "SEND", "SERVER_ID");
        await WaitForMsdpAsync(player, "SERVER_ID", v => v.Length > 0, "the game's name, as a fence");

        var received = Recorder.Of(player.SessionId, OobProtocol.Msdp).Select(r => OobRecorder.Describe(r.Message)).ToList();
        Assert.Single(received, r => r.StartsWith("HEALTH", StringComparison.Ordinal));
        Assert.DoesNotContain(received, r => r.StartsWith("MANA [30]", StringComparison.Ordinal));
    }

    private static List<string> Items(OobMessage message) => [.. ((OobList)message.Args[0]).Items.Select(i => i.AsText())];
}
