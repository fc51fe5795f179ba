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
        var tintin = new[] { "/usr/games/tt++", "/usr/bin/tt++" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("tt++ is not installed: ./mud test installs Debian's tintin++ (deploy/scripts/run-tests.sh).");
        var folder = Directory.CreateTempSubdirectory("mud-tintin-ssl-");
        var name = "Ssl" + new string(Guid.NewGuid().ToString("N").Select(c => (char)('a' + (c % 26))).Take(8).ToArray());
        var script = Path.Combine(folder.FullName, "play.tin");
        await File.WriteAllTextAsync(script, $$$"""
            #event {SESSION DISCONNECTED} {#end}
            #action {connect <name>} {#send {create {{{name}}} s3cretpw};#send {connect {{{name}}} s3cretpw}}
            #action {Welcome, {{{name}}}} {#send {say through tintin's TLS}}
            #ssl mud 127.0.0.1 {{{Mud.TelnetTlsPort}}}

            """);

        // tintin keeps the certificates it has seen under $HOME/.tintin: a home of its own for the test.
        var start = new ProcessStartInfo(tintin, ["-H", "-G", script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder.FullName,
        };
        start.Environment["HOME"] = folder.FullName;
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var changed = new SemaphoreSlim(0);
        process.OutputDataReceived += (_, e) =>
        {
            lock (output)
            {
                output.AppendLine(e.Data);
            }

            changed.Release();
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(40));
            string[] expected = ["connect <name>", $"Welcome, {name}", "You say, \"through tintin's TLS\""];
            while (!expected.All(e => Text(output).Contains(e, StringComparison.Ordinal)))
            {
                try
                {
                    await changed.WaitAsync(timeout.Token);
                }
                catch (OperationCanceledException)
                {
                    var text = Text(output);
                    throw new TimeoutException($"Expected tintin to show {string.Join(", ", expected.Where(e => !text.Contains(e, StringComparison.Ordinal)))}. tintin:\n{(text.Length > 3000 ? text[^3000..] : text)}");
                }
            }
        }
        finally
        {
            ProcessReaper.Kill(process.Id);
            folder.Delete(recursive: true);
        }
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return System.Text.RegularExpressions.Regex.Replace(output.ToString(), @"\x1b\[[0-9;]*[A-Za-z]", "");
        }
    }
}
