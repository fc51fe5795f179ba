using System.Net;
using System.Net.Sockets;
using Mud.Portal.Hosting;

namespace Mud.Tests.EndToEnd;

/// <summary>An operator behind a TLS-terminating proxy turns the Portal's own TLS ports off, against the real processes.</summary>
[Trait("Category", "EndToEnd")]
[Collection(EndToEndCollection.Name)]
public sealed class TlsOffEndToEndTests
{
    [Fact]
    public async Task BothTlsPortsZero_NeitherListens_NoCertificateIsMade_AndTheLauncherLeavesThemOut()
    {
        await using var mud = MudInstance.Create(new Dictionary<string, string> { ["Mud__Telnet__TlsPort"] = "0", ["Mud__WebSocket__TlsPort"] = "0" });
        var started = await mud.RunLauncherAsync("start");
        await using (var client = await mud.ConnectAsync())
        {
            await client.WaitForAsync("connect <name>");
        }

        var status = await mud.RunLauncherAsync("status");

        Assert.DoesNotContain("TLS", started, StringComparison.Ordinal);
        Assert.DoesNotContain("wss", started, StringComparison.Ordinal);
        Assert.Contains("websocket port", status, StringComparison.Ordinal);
        Assert.DoesNotContain("TLS", status, StringComparison.Ordinal);
        Assert.DoesNotContain("wss", status, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(mud.DataDirectory, PortalCertificate.GeneratedFile)), "no certificate should be made with both TLS ports off");
        var portalLog = await File.ReadAllTextAsync(Path.Combine(mud.DataDirectory, "logs", "portal.log"));
        Assert.Contains("Telnet listening", portalLog, StringComparison.Ordinal);
        Assert.DoesNotContain("Telnet TLS listening", portalLog, StringComparison.Ordinal);
        Assert.DoesNotContain("certificate", portalLog, StringComparison.OrdinalIgnoreCase);
    }
}
