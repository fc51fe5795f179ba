using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Mud.Portal.Hosting;
using Mud.Portal.Telnet.Server;

namespace Mud.Tests.Portal.Hosting;

/// <summary>A TLS port set to 0 is off: nothing listens on it, and with both off there is no certificate to make.</summary>
[Trait("Category", "Unit")]
public sealed class TlsPortsOffTests
{
    [Fact]
    public void BothTlsPortsZero_RegisterNeitherTheTlsTelnetListenerNorTheCertificate()
    {
        var services = Register(new() { ["Mud:Telnet:TlsPort"] = "0", ["Mud:WebSocket:TlsPort"] = "0" });

        Assert.DoesNotContain(services, s => s.ServiceType == typeof(TelnetTlsListener));
        Assert.DoesNotContain(services, s => s.ServiceType == typeof(PortalCertificate));
        Assert.Contains(services, s => s.ServiceType == typeof(TelnetListener));
    }

    [Fact]
    public void OnlyTheWssPortOn_KeepsTheCertificate_WithoutTheTlsTelnetListener()
    {
        var services = Register(new() { ["Mud:Telnet:TlsPort"] = "0" });

        Assert.DoesNotContain(services, s => s.ServiceType == typeof(TelnetTlsListener));
        Assert.Contains(services, s => s.ServiceType == typeof(PortalCertificate));
    }

    [Fact]
    public void TlsPortsLeftUnset_AreOnByDefault()
    {
        var services = Register([]);

        Assert.Contains(services, s => s.ServiceType == typeof(TelnetTlsListener));
        Assert.Contains(services, s => s.ServiceType == typeof(PortalCertificate));
    }

    private static ServiceCollection Register(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddTelnetPortal(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services;
    }
}
