using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;

namespace Mud.WebPortal.Hosting;

/// <summary>
/// The reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> the site believes
/// (<c>Mud:Web:TrustedProxies</c>): addresses or networks, comma-separated. Nobody by default, not even loopback,
/// since a header from anyone else would let a client pick the address the login throttle counts against.
/// </summary>
public static class TrustedProxies
{
    /// <summary>The entries of the setting, or the first one that is neither an address nor a network.</summary>
    public static (IReadOnlyList<IPNetwork> Networks, string? Problem) Parse(string? setting)
    {
        var networks = new List<IPNetwork>();
        foreach (var entry in (setting ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (IPNetwork.TryParse(entry, out var network))
            {
                networks.Add(network);
            }
            else if (IPAddress.TryParse(entry, out var address))
            {
                networks.Add(new IPNetwork(address, address.GetAddressBytes().Length * 8));
            }
            else
            {
                return ([], $"Mud:Web:TrustedProxies: '{entry}' is neither an address nor a network such as 10.0.0.0/8.");
            }
        }

        return (networks, null);
    }

    public static void Apply(ForwardedHeadersOptions forwarded, IReadOnlyList<IPNetwork> proxies)
    {
        forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
        foreach (var proxy in proxies)
        {
            forwarded.KnownIPNetworks.Add(proxy);
        }
    }
}
