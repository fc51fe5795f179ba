using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Mud.Portal.Hosting;

/// <summary>
/// Which of the TLS ports are on (<c>Mud:Telnet:TlsPort</c>, <c>Mud:WebSocket:TlsPort</c>; 0 is off), read when
/// services are registered, before the settings are validated.
/// </summary>
internal static class TlsPorts
{
    public static bool TelnetOn(IConfiguration configuration) => IsOn(configuration[TelnetOptions.Section + ":TlsPort"]);

    public static bool WebSocketOn(IConfiguration configuration) => IsOn(configuration[WebSocketOptions.Section + ":TlsPort"]);

    /// <summary>Whether the Portal needs a certificate at all.</summary>
    public static bool AnyOn(IConfiguration configuration) => TelnetOn(configuration) || WebSocketOn(configuration);

    // Only a 0 turns a port off: unset is the default port, and a value that is not a number is left to validation to report.
    private static bool IsOn(string? value) =>
        !int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var port) || port != 0;
}
