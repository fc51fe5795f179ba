using System.ComponentModel.DataAnnotations;

namespace Mud.Hosting;

/// <summary>How silos and their clients find each other (configuration section <c>Mud:Silo</c>).</summary>
public sealed class SiloEndpointOptions
{
    public const string Section = "Mud:Silo";

    /// <summary>Silo-to-silo port.</summary>
    [Range(1, 65535)]
    public int Port { get; set; } = 11111;

    /// <summary>The port Portal and WebPortal connect to.</summary>
    [Range(1, 65535)]
    public int GatewayPort { get; set; } = 30000;

    /// <summary>The silo's admin port: health, metrics and the Orleans dashboard.</summary>
    [Range(0, 65535)]
    public int AdminPort { get; set; } = 8090;

    /// <summary>
    /// This silo's name among several on one machine (<c>silo2</c>): its ready file in <c>data/run/</c> and its
    /// name in the membership table and the dashboard.
    /// </summary>
    [Required, RegularExpression("^[A-Za-z0-9_-]{1,40}$")]
    public string Name { get; set; } = "silo";

    /// <summary>
    /// The address other silos and the front ends use to reach this silo, when it is not <c>Mud:Silo:BindAddress</c>:
    /// an IP address or a DNS name (resolved at start), e.g. a container's service name. Empty: the bind address,
    /// or loopback when binding to every address.
    /// </summary>
    public string AdvertisedAddress { get; set; } = "";

    [Required]
    public string ClusterId { get; set; } = "mud";

    [Required]
    public string ServiceId { get; set; } = "mud";
}
