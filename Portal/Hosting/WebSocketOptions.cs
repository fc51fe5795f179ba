using System.ComponentModel.DataAnnotations;

namespace Mud.Portal.Hosting;

/// <summary>The JSON WebSocket endpoint for web clients (configuration section <c>Mud:WebSocket</c>).</summary>
public sealed class WebSocketOptions
{
    public const string Section = "Mud:WebSocket";

    /// <summary>The port, on <c>Mud:BindAddress</c>; 0 picks a free one.</summary>
    [Range(0, 65535)]
    public int Port { get; set; } = 4001;

    /// <summary>The same endpoint over TLS (<c>wss://</c>), on <c>Mud:BindAddress</c>; 0 picks a free one.</summary>
    [Range(0, 65535)]
    public int TlsPort { get; set; } = 4003;

    /// <summary>Longest message a client may send, in bytes; a longer one is refused with an error message.</summary>
    [Range(256, 1_048_576)]
    public int MaxMessageBytes { get; set; } = 65_536;
}
