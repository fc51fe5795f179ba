using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Mud.Hosting;

/// <summary>Settings every Mud process reads the same way: where its data lives and which address it binds.</summary>
public static class MudHost
{
    /// <summary>The data folder (<c>Mud:DataDirectory</c>, default <c>./data</c>), made absolute.</summary>
    public static string DataDirectory(IConfiguration configuration) =>
        Path.GetFullPath(configuration["Mud:DataDirectory"] is { Length: > 0 } path ? path : "data");

    /// <summary>The address the telnet and web servers listen on (<c>Mud:BindAddress</c>, default 127.0.0.1).</summary>
    public static IPAddress BindAddress(IConfiguration configuration) => Address(configuration, "Mud:BindAddress");

    /// <summary>
    /// The address a silo's silo-to-silo and gateway ports listen on (<c>Mud:Silo:BindAddress</c>, default
    /// 127.0.0.1). Whoever reaches them is a member or a client of the cluster, trusted with every account, so
    /// they do not follow <c>Mud:BindAddress</c>, which is often opened to players.
    /// </summary>
    public static IPAddress SiloBindAddress(IConfiguration configuration) => Address(configuration, "Mud:Silo:BindAddress");

    private static IPAddress Address(IConfiguration configuration, string setting)
    {
        var text = configuration[setting];
        if (string.IsNullOrEmpty(text))
        {
            return IPAddress.Loopback;
        }

        return IPAddress.TryParse(text, out var address)
            ? address
            : throw new OptionsValidationException(setting, typeof(IPAddress), [$"{setting} '{text}' is not an IP address."]);
    }
}
