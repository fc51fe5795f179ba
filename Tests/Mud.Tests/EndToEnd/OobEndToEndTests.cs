using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Mud.Tests.EndToEnd;

/// <summary>One MUD started by the real launcher, shared by the out-of-band tests (they use separate accounts).</summary>
public sealed class OobMudFixture : IAsyncLifetime
{
    public MudInstance Mud { get; private set; } = null!;

    public async Task InitializeAsync() => Mud = await MudInstance.StartAsync();

    public async Task DisposeAsync() => await Mud.DisposeAsync();
}

/// <summary>MSDP, GMCP and JSON against the real processes, with real clients (tintin++) and real sockets.</summary>
[Trait("Category", "EndToEnd")]
[Collection(EndToEndCollection.Name)]
public sealed class OobEndToEndTests(OobMudFixture fixture) : IClassFixture<OobMudFixture>
{
    private MudInstance Mud => fixture.Mud;

    [Fact]
    public async Task Tintin_ReportsHealth_AndItsLogShowsHealthChanging()
    {
        var name = TintinRun.UniqueName("Tin");
        string log = "";

        // tintin refuses MSDP unless a script accepts it; then it asks for HEALTH reports and logs every one.
        using var tintin = await TintinRun.StartAsync(folder => $$$"""
            #event {SESSION DISCONNECTED} {#end}
            #event {IAC WILL MSDP} {#send {\xFF\xFD\x45\};#send {\xFF\xFA\x45\x01REPORT\x02HEALTH\xFF\xF0\}}
            #event {IAC SB MSDP HEALTH} {#line log {{{log = Path.Combine(folder.FullName, "msdp.log")}}} {HEALTH=%1}}
            #action {connect <name>} {#send {create {{{name}}} s3cretpw};#send {connect {{{name}}} s3cretpw}}
            #action {Welcome, {{{name}}}} {#send {south};#send {south}}
            #action {You notice: dummy} {#send {attack dummy}}
            #session mud 127.0.0.1 {{{Mud.TelnetPort}}}

            """);

        // HEALTH at once (full), then lower after the dummy hits back, then higher again as it regenerates.
        var values = await PollAsync(
            () => File.Exists(log) ? ReadShared(log).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => int.Parse(l["HEALTH=".Length..], CultureInfo.InvariantCulture)).ToList() : [],
            v => v.Count >= 3 && v[0] == 100 && v[1] < 100 && v.Skip(2).Any(h => h > v[1]),
            () => $"tintin's log to show HEALTH 100, then lower, then higher. Log:\n{(File.Exists(log) ? ReadShared(log) : "(none)")}\ntintin:\n{tintin.Tail}");
        Assert.InRange(values[1], 91, 97);
    }

    [Fact]
    public async Task MudletStyleGmcp_GetsVitalsAndRoomInfo_ThenRoomInfoOnEachMove_AndShrugsOffGarbage()
    {
        await using var mudlet = await OobTelnetClient.ConnectAsync(Mud.TelnetPort, "Char 1", "Char.Skills 1", "Char.Items 1", "Room 1", "IRE.Rift 1", "Client.Media 1");
        var name = await mudlet.CreateAndConnectAsync();

        await mudlet.WaitForGmcpAsync("Char.Name", b => b.Contains($"\"name\":\"{name}\"", StringComparison.Ordinal));
        var vitals = await mudlet.WaitForGmcpAsync("Char.Vitals");
        Assert.Contains("\"hp\":100", vitals[0], StringComparison.Ordinal);
        Assert.Contains("\"maxhp\":100", vitals[0], StringComparison.Ordinal);
        await mudlet.WaitForGmcpAsync("Room.Info", b => b.Contains("\"name\":\"Millbrook Village Square\"", StringComparison.Ordinal));

        await mudlet.SendLineAsync("north");
        var info = await mudlet.WaitForGmcpAsync("Room.Info", b => b.Contains("The Crooked Lantern", StringComparison.Ordinal));
        using (var room = JsonDocument.Parse(info[0]))
        {
            Assert.Equal(Rooms.RoomNumber.Of(new Rooms.RoomId("crooked-lantern")), room.RootElement.GetProperty("num").GetInt32());
            Assert.Equal(Rooms.RoomNumber.Of(new Rooms.RoomId("village-square")), room.RootElement.GetProperty("exits").GetProperty("s").GetInt32());
            Assert.Equal("Millbrook", room.RootElement.GetProperty("area").GetString());
        }

        // Nonsense in both protocols is ignored: no reply, no disconnect, and play goes on.
        await mudlet.SendGmcpAsync("Core.Hello {\"client\":");
        await mudlet.SendGmcpAsync("");
        await mudlet.SendMsdpAsync(5, 5, 5);
        await mudlet.SendRawAsync([255, 250, 201, .. Enumerable.Repeat((byte)'x', 20_000), 255, 240]);
        await mudlet.SendGmcpAsync("Core.Ping");
        await mudlet.WaitForGmcpAsync("Core.Ping");
        await mudlet.SendLineAsync("south");
        await mudlet.WaitForGmcpAsync("Room.Info", b => b.Contains("Millbrook Village Square", StringComparison.Ordinal), count: 2);
        Assert.False(mudlet.Closed);
    }

    [Fact]
    public async Task JsonWebSocket_LogsIn_RunsACommand_AndReceivesTextAndOobUpdates()
    {
        await using var web = await JsonWebSocketClient.ConnectAsync(Mud.WebSocketPort);
        await web.WaitForTextAsync("connect <name>");
        var name = "W" + new string(Guid.NewGuid().ToString("N").Select(c => (char)('a' + (c % 26))).Take(10).ToArray());

        await web.SendAsync("text", [$"create {name} s3cretpw"]);
        await web.SendAsync("text", [$"connect {name} s3cretpw"]);
        await web.WaitForTextAsync($"Welcome, {name}");
        await web.WaitForAsync("Char.Vitals", m => m[2].GetProperty("hp").GetInt32() == 100);

        await web.SendAsync("text", ["cast heal"]);

        var text = await web.WaitForTextAsync("Warmth spreads through you");
        Assert.Contains("|g", text[2].GetProperty("markup").GetString(), StringComparison.Ordinal);
        await web.WaitForAsync("Char.Vitals", m => m[2].GetProperty("mp").GetInt32() == 40);

        await web.SendAsync("look");
        await web.WaitForTextAsync("Cobblestones worn smooth");
        await web.SendRawAsync("this is not JSON");
        await web.WaitForAsync("error", m => m[2].GetProperty("message").GetString()!.Contains("Not valid JSON", StringComparison.Ordinal));
        await web.SendRawAsync("[\"text\", [\"" + new string('x', 70_000) + "\"]]");
        await web.WaitForAsync("error", m => m[2].GetProperty("message").GetString()!.Contains("longer than", StringComparison.Ordinal));
        await web.SendAsync("text", ["say still connected"]);
        await web.WaitForTextAsync("You say, \"still connected\"");
    }

    [Fact]
    public async Task JsonWebSocket_RefusesAScriptOnAForeignPage_AndServesTheGamesOwnSite()
    {
        // A page elsewhere must not drive a player's session from their browser (cross-site WebSocket hijacking).
        var refused = await Assert.ThrowsAsync<System.Net.WebSockets.WebSocketException>(() => JsonWebSocketClient.ConnectFromPageAsync(Mud.WebSocketPort, "http://evil.example"));
        Assert.Contains("403", refused.Message, StringComparison.Ordinal);

        await using var web = await JsonWebSocketClient.ConnectFromPageAsync(Mud.WebSocketPort, $"http://127.0.0.1:{Mud.WebPort}");
        await web.WaitForTextAsync("connect <name>");
    }

    [Fact]
    public async Task JsonWebSocketPort_AnswersAPlainHttpRequest_WithUpgradeRequired()
    {
        using var http = new HttpClient();

        using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{Mud.WebSocketPort}/"));

        Assert.Equal(System.Net.HttpStatusCode.UpgradeRequired, response.StatusCode);
        Assert.Contains("Connect with a WebSocket client", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscriptions_TakenBeforeReload_StillDeliverAfterIt()
    {
        await using var telnet = await OobTelnetClient.ConnectAsync(Mud.TelnetPort, "Char 1", "Room 1");
        await telnet.CreateAndConnectAsync();
        await telnet.SendMsdpAsync(OobTelnetClient.MsdpVar("REPORT", "HEALTH"));
        await telnet.SendMsdpAsync(OobTelnetClient.MsdpVar("REPEAT", "1", "SERVER_TIME"));
        await telnet.WaitForMsdpAsync("HEALTH", v => v.SequenceEqual("100"u8.ToArray()));
        await telnet.WaitForMsdpAsync("SERVER_TIME", count: 2);
        await telnet.SendLineAsync("south");
        await telnet.SendLineAsync("south");
        await telnet.WaitForTextAsync("The Training Yard");
        await using var web = await JsonWebSocketClient.ConnectAsync(Mud.WebSocketPort);
        await web.WaitForTextAsync("connect <name>");
        var webName = "W" + new string(Guid.NewGuid().ToString("N").Select(c => (char)('a' + (c % 26))).Take(10).ToArray());
        await web.SendAsync("text", [$"create {webName} s3cretpw"]);
        await web.SendAsync("text", [$"connect {webName} s3cretpw"]);
        await web.WaitForAsync("Char.Vitals");

        // The launcher returns once the new silo serves and the Portal has resumed every session there.
        Assert.Contains("reloaded", await Mud.RunLauncherAsync("reload"), StringComparison.Ordinal);

        // Nobody asks again: the scheduled send keeps coming, and changes are reported in both encodings.
        var timesBefore = telnet.MsdpValues("SERVER_TIME").Count;
        await telnet.WaitForMsdpAsync("SERVER_TIME", count: timesBefore + 2);
        await telnet.SendLineAsync("attack dummy");
        await telnet.WaitForTextAsync("hits you for");
        await telnet.WaitForMsdpAsync("HEALTH", v => int.Parse(Encoding.ASCII.GetString(v), CultureInfo.InvariantCulture) < 100);
        await telnet.WaitForGmcpAsync("Char.Vitals", b => !b.Contains("\"hp\":100,", StringComparison.Ordinal));
        await web.SendAsync("text", ["cast heal"]);
        await web.WaitForAsync("Char.Vitals", m => m[2].GetProperty("mp").GetInt32() < 50);
        Assert.False(telnet.Closed);
    }

    private static async Task<T> PollAsync<T>(Func<T> read, Func<T, bool> done, Func<string> expected, TimeSpan? timeout = null)
    {
        // A file written by another process has no event to await; look at it every 100 ms.
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var value = read();
            if (done(value))
            {
                return value;
            }

            if (deadline.Elapsed > (timeout ?? TimeSpan.FromSeconds(40)))
            {
                throw new TimeoutException("Expected " + expected());
            }

            await Task.Delay(100);
        }
    }

    private static string ReadShared(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return new StreamReader(stream).ReadToEnd();
    }
}
