using System.Net;
using System.Net.Sockets;

namespace Mud.Sessions;

/// <summary>
/// The block of addresses one client is taken to hold, for limits per address: an IPv4 address itself, and the
/// /64 of an IPv6 address (a provider gives each customer at least a /64, so one host can use countless addresses in it).
/// </summary>
public static class AddressBlock
{
    public static string Of(string address)
    {
        if (!IPAddress.TryParse(address, out var ip))
        {
            return address;
        }

        if (ip.IsIPv4MappedToIPv6)
        {
            ip = ip.MapToIPv4();
        }

        if (ip.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return ip.ToString();
        }

        var bytes = ip.GetAddressBytes();
        bytes.AsSpan(8).Clear();
        return new IPAddress(bytes) + "/64";
    }
}
