using Mud.Portal.Hosting;
using Mud.Portal.Oob;

namespace Mud.Portal.Telnet.Server;

/// <summary>What the Portal offers each telnet client at connect, on top of the codec's defaults.</summary>
internal static class PortalTelnetPolicy
{
    /// <summary>WILL MSDP, GMCP and MSSP, and WILL COMPRESS2 and COMPRESS3 unless <see cref="TelnetOptions.CompressionLevel"/> is 0.</summary>
    public static TelnetPolicy For(TelnetOptions options) => TelnetOob.Policy with
    {
        OfferLocal = options.CompressionLevel > 0
            ? [.. TelnetOob.Policy.OfferLocal, TelnetOption.Mssp, TelnetOption.Mccp2, TelnetOption.Mccp3]
            : [.. TelnetOob.Policy.OfferLocal, TelnetOption.Mssp],
    };
}
