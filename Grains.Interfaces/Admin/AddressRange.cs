using System.Net;

namespace Mud.Admin;

/// <summary>
/// An address range as administrators write it: one address (<c>203.0.113.7</c>), a CIDR block (<c>203.0.113.0/24</c>,
/// <c>2001:db8::/32</c>) or trailing wildcards (<c>203.0.*</c>). Kept in CIDR form.
/// </summary>
public static class AddressRange
{
    /// <summary>Whether the text looks like an address rather than a name (names are letters only).</summary>
    public static bool LooksLikeAddress(string text) => text.Length > 0 && (char.IsDigit(text[0]) || text.Contains(':') || text.Contains('.'));

    /// <summary>The range in CIDR form, or null when the text is no address or range.</summary>
    public static string? Normalize(string text)
    {
        text = text.Trim();
        if (text.EndsWith(".*", StringComparison.Ordinal) || text == "*")
        {
            var octets = text.Split('.');
            var fixedOctets = octets.TakeWhile(o => o != "*").ToList();
            if (octets.Skip(fixedOctets.Count).Any(o => o != "*") || fixedOctets.Count is 0 or > 3 || octets.Length > 4)
            {
                return null;
            }

            text = string.Join('.', fixedOctets.Concat(Enumerable.Repeat("0", 4 - fixedOctets.Count))) + "/" + (fixedOctets.Count * 8);
        }

        if (!text.Contains('/') && IPAddress.TryParse(text, out var single))
        {
            single = Canonical(single);
            return $"{single}/{(single.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128)}";
        }

        return IPNetwork.TryParse(text, out var network) ? network.ToString() : null;
    }

    /// <summary>Whether <paramref name="address"/> (as a front end reports it) lies in <paramref name="range"/> (CIDR).</summary>
    public static bool Contains(string range, string address) =>
        IPNetwork.TryParse(range, out var network) && IPAddress.TryParse(address, out var ip) && network.Contains(Canonical(ip));

    // An IPv4 client on a dual-stack socket shows up as ::ffff:a.b.c.d.
    private static IPAddress Canonical(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
}
