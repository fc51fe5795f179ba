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

    /// <summary>
    /// Embedded storage: the second gateway port the front ends know, where the launcher starts the next silo
    /// during a reload hand-over (the two silos take turns). 0: <see cref="GatewayPort"/> + 1.
    /// </summary>
    [Range(0, 65535)]
    public int HandoverGatewayPort { get; set; }

    /// <summary>
    /// Embedded storage: join the silo already running on this data folder (the launcher's reload hand-over).
    /// False, as on any plain start: this silo is the only one, and any other still listed as alive was left by a crash.
    /// </summary>
    public bool JoinExisting { get; set; }

    /// <summary>The gateway ports of the embedded game: the current silo's and the hand-over one.</summary>
    public IReadOnlyList<int> EmbeddedGatewayPorts() =>
        [GatewayPort, HandoverGatewayPort == 0 ? GatewayPort + 1 : HandoverGatewayPort];

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
