using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Mud.Hosting;
using Mud.Silo.Hosting;
using Mud.Silo.Storage;
using Orleans.Configuration;

namespace Mud.Tests.Hosting;

/// <summary>
/// The silo-to-silo and gateway ports make whoever reaches them a member or a client of the cluster, so they
/// listen on <c>Mud:Silo:BindAddress</c> (loopback by default), not on the players' <c>Mud:BindAddress</c>.
/// </summary>
[Trait("Category", "Unit")]
public sealed class SiloEndpointTests
{
    [Fact]
    public void SiloPorts_ListenOnLoopbackByDefault_EvenWhenThePlayersPortsListenOnEveryAddress()
    {
        var endpoints = EndpointsWith(new() { ["Mud:BindAddress"] = "0.0.0.0" });

        Assert.Equal(new IPEndPoint(IPAddress.Loopback, 11111), ListeningSiloEndpoint(endpoints));
        Assert.Equal(new IPEndPoint(IPAddress.Loopback, 30000), ListeningGatewayEndpoint(endpoints));
    }

    [Fact]
    public void SiloBindAddressOfEveryAddress_ListensOnEveryAddress_AndAdvertisesTheAdvertisedAddress()
    {
        var endpoints = EndpointsWith(new() { ["Mud:Silo:BindAddress"] = "0.0.0.0", ["Mud:Silo:AdvertisedAddress"] = "10.1.2.3" });

        Assert.Equal(IPAddress.Any, ListeningSiloEndpoint(endpoints).Address);
        Assert.Equal(IPAddress.Any, ListeningGatewayEndpoint(endpoints).Address);
        Assert.Equal(IPAddress.Parse("10.1.2.3"), endpoints.AdvertisedIPAddress);
    }

    [Fact]
    public void ASiloBindAddressThatIsNoAddress_IsDescribedInOneLine()
    {
        var failure = Assert.ThrowsAny<Exception>(() => EndpointsWith(new() { ["Mud:Silo:BindAddress"] = "everywhere" }));

        Assert.Equal("Mud:Silo:BindAddress 'everywhere' is not an IP address.", SettingsProblem.Describe(failure));
    }

    /// <summary>The endpoints a PostgreSQL silo would listen on with these settings (the host is built, not started).</summary>
    private static EndpointOptions EndpointsWith(Dictionary<string, string?> settings)
    {
        settings["Mud:Storage:Provider"] = "PostgreSql";
        settings["Mud:Storage:ConnectionString"] = "Host=127.0.0.1;Database=mud;Username=mud";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var storage = StorageOptions.FromConfiguration(configuration);
        using var host = new HostBuilder().UseOrleans(silo => silo.UseMudClustering(configuration, storage)).Build();
        return host.Services.GetRequiredService<IOptions<EndpointOptions>>().Value;
    }

    // Orleans listens on the advertised address unless a listening endpoint is set.
    private static IPEndPoint ListeningSiloEndpoint(EndpointOptions o) => o.SiloListeningEndpoint ?? new IPEndPoint(o.AdvertisedIPAddress, o.SiloPort);

    private static IPEndPoint ListeningGatewayEndpoint(EndpointOptions o) => o.GatewayListeningEndpoint ?? new IPEndPoint(o.AdvertisedIPAddress, o.GatewayPort);
}
