using System.Diagnostics;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Mud.Portal.Hosting;

namespace Mud.Tests.EndToEnd;

/// <summary>One MUD, shared by the TLS tests: its Portal makes its own certificate on first start.</summary>
public sealed class TlsMudFixture : IAsyncLifetime
{
    public MudInstance Mud { get; private set; } = null!;

    public async Task InitializeAsync() => Mud = await MudInstance.StartAsync();

    public async Task DisposeAsync() => await Mud.DisposeAsync();
}

/// <summary>Telnet over TLS and <c>wss://</c>, each on a port of its own beside the plain ones, against the real processes.</summary>
[Trait("Category", "EndToEnd")]
[Collection(EndToEndCollection.Name)]
public sealed class TlsEndToEndTests(TlsMudFixture fixture) : IClassFixture<TlsMudFixture>
{
    private MudInstance Mud => fixture.Mud;

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task TlsTelnet_PlaysTheGame_WithTheCertificateThePortalMadeAndKeepsInTheDataFolder()
    {
        var (client, presented) = await TelnetTestClient.ConnectTlsAsync(Mud.TelnetTlsPort);
        await using (client)
        {
            await client.CreateAndConnectAsync();
            await client.SendLineAsync("say sealed in TLS");
            await client.WaitForAsync("You say, \"sealed in TLS\"");
        }

        var kept = Path.Combine(Mud.DataDirectory, PortalCertificate.GeneratedFile);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(kept));
        using var stored = X509CertificateLoader.LoadPkcs12FromFile(kept, password: null);
        Assert.Equal(stored.Thumbprint, presented.Thumbprint);
    }

    [Fact]
    public async Task Wss_SpeaksTheJsonProtocol_LikeThePlainWebSocket()
    {
        await using var web = await JsonWebSocketClient.ConnectTlsAsync(Mud.WebSocketTlsPort);
        var name = "Wss" + new string(Guid.NewGuid().ToString("N").Select(c => (char)('a' + (c % 26))).Take(8).ToArray());
        await web.WaitForTextAsync("connect <name>");
        await web.SendAsync("text", [$"create {name} s3cretpw"]);
        await web.SendAsync("text", [$"connect {name} s3cretpw"]);
        await web.WaitForTextAsync($"Welcome, {name}");
    }

    [Fact]
    public async Task PlainTelnet_StillServesItsOwnPort()
    {
        await using var client = await TelnetTestClient.ConnectAsync(Mud.TelnetPort);
        await client.WaitForAsync("connect <name>");
    }

    [Fact]
    public async Task Tintin_Ssl_SeesTheLoginScreen_AndACommandsReply()
    {
        var name = TintinRun.UniqueName("Ssl");
        using var tintin = await TintinRun.StartAsync(_ => $$$"""
            #event {SESSION DISCONNECTED} {#end}
            #action {connect <name>} {#send {create {{{name}}} s3cretpw};#send {connect {{{name}}} s3cretpw}}
            #action {Welcome, {{{name}}}} {#send {say through tintin's TLS}}
            #ssl mud 127.0.0.1 {{{Mud.TelnetTlsPort}}}

            """);

        await tintin.WaitForAsync("connect <name>", $"Welcome, {name}", "You say, \"through tintin's TLS\"");
    }
}
