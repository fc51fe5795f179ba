using System.Net;
using Mud.Hosting;

namespace Mud.WebPortal.Services;

/// <summary>What the site tells visitors about the game itself, read once from configuration.</summary>
/// <param name="Name">The game's name (<c>Mud:Name</c>).</param>
/// <param name="TelnetAddress">Where the telnet Portal listens (<c>Mud:BindAddress</c>); null when it listens on every address.</param>
/// <param name="TelnetPort">The telnet port (<c>Mud:Telnet:Port</c>).</param>
public sealed record GameInfo(string Name, string? TelnetAddress, int TelnetPort)
{
    public const string DefaultName = "Mud";
    public const int DefaultTelnetPort = 4000;

    public static GameInfo From(IConfiguration configuration)
    {
        var name = configuration["Mud:Name"] is { Length: > 0 } configured ? configured : DefaultName;
        var address = MudHost.BindAddress(configuration);
        var listensEverywhere = address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any);
        return new GameInfo(name, listensEverywhere ? null : address.ToString(), configuration.GetValue("Mud:Telnet:Port", DefaultTelnetPort));
    }

    /// <summary>The host a player should telnet to, given the address they reached this site at.</summary>
    public string TelnetHost(Uri siteAddress) => TelnetAddress ?? siteAddress.Host;
}
