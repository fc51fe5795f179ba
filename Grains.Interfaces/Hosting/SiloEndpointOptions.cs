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

    [Required]
    public string ClusterId { get; set; } = "mud";

    [Required]
    public string ServiceId { get; set; } = "mud";
}
