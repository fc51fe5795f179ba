using System.ComponentModel.DataAnnotations;

namespace Mud.Portal.Hosting;

/// <summary>The JSON WebSocket endpoint for web clients (configuration section <c>Mud:WebSocket</c>).</summary>
public sealed class WebSocketOptions
{
    public const string Section = "Mud:WebSocket";

    /// <summary>The port, on <c>Mud:BindAddress</c>; 0 picks a free one.</summary>
    [Range(0, 65535)]
    public int Port { get; set; } = 4001;

    /// <summary>The same endpoint over TLS (<c>wss://</c>), on <c>Mud:BindAddress</c>; 0 turns it off (behind a proxy that terminates TLS).</summary>
    [Range(0, 65535)]
    public int TlsPort { get; set; } = 4003;

    /// <summary>Longest message a client may send, in bytes; a longer one is refused with an error message.</summary>
    [Range(256, 1_048_576)]
    public int MaxMessageBytes { get; set; } = 65_536;

    /// <summary>
    /// Web pages (origins, <c>https://play.example.org</c>) whose scripts may connect; a browser's request from
    /// any other page is refused. Clients that send no <c>Origin</c> (MUD clients, scripts) are not affected.
    /// Empty: the game's own web site on this machine (<c>http://localhost:</c> and <c>http://127.0.0.1:</c> the
    /// <c>Mud:Web:Port</c>).
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>How long a client may take to send its request's headers before it is disconnected.</summary>
    [Range(1, 300)]
    public int HeadersTimeoutSeconds { get; set; } = 10;

    /// <summary>How often the Portal pings an idle WebSocket, so that proxies keep it open and dead clients are noticed.</summary>
    [Range(1, 3600)]
    public int KeepAliveSeconds { get; set; } = 30;
}
