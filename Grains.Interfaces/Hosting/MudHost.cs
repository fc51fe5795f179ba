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

    /// <summary>The address servers listen on (<c>Mud:BindAddress</c>, default 127.0.0.1).</summary>
    public static IPAddress BindAddress(IConfiguration configuration)
    {
        var text = configuration["Mud:BindAddress"];
        if (string.IsNullOrEmpty(text))
        {
            return IPAddress.Loopback;
        }

        return IPAddress.TryParse(text, out var address)
            ? address
            : throw new OptionsValidationException("Mud:BindAddress", typeof(IPAddress), [$"Mud:BindAddress '{text}' is not an IP address."]);
    }
}
