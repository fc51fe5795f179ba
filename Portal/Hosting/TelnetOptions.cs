using System.ComponentModel.DataAnnotations;

namespace Mud.Portal.Hosting;

/// <summary>The telnet server (configuration section <c>Mud:Telnet</c>).</summary>
public sealed class TelnetOptions
{
    public const string Section = "Mud:Telnet";

    [Range(0, 65535)]
    public int Port { get; set; } = 4000;

    /// <summary>
    /// The TLS telnet port (Mudlet's "Secure", tintin++'s <c>#ssl</c>), on <c>Mud:BindAddress</c>; 0 turns it off
    /// (behind a proxy that terminates TLS).
    /// </summary>
    [Range(0, 65535)]
    public int TlsPort { get; set; } = 4002;

    /// <summary>Connections beyond this are told the game is full and closed.</summary>
    [Range(1, 1_000_000)]
    public int MaxConnections { get; set; } = 20_000;

    /// <summary>
    /// Connections one address may hold at once (an IPv6 client's whole /64 counts as one address); more are told
    /// so and closed. Telnet and WebSocket connections count together.
    /// </summary>
    [Range(1, 1_000_000)]
    public int MaxConnectionsPerAddress { get; set; } = 20;

    /// <summary>Longest input line in bytes; longer lines are cut and the player told.</summary>
    [Range(80, 65_536)]
    public int MaxLineBytes { get; set; } = 4096;

    /// <summary>Longest telnet subnegotiation in bytes; longer ones are dropped.</summary>
    [Range(64, 1_048_576)]
    public int MaxSubnegotiationBytes { get; set; } = 8192;

    /// <summary>Lines a player may type ahead of the game before further lines are refused.</summary>
    [Range(1, 10_000)]
    public int MaxQueuedLines { get; set; } = 64;

    /// <summary>zlib level (1 fastest, 9 smallest) for MCCP2 output compression; 0 offers neither MCCP2 nor MCCP3.</summary>
    [Range(0, 9)]
    public int CompressionLevel { get; set; } = 6;

    /// <summary>
    /// Commands (typed lines and out-of-band messages) one connection may send a second, in bursts of up to a
    /// second's worth; more are dropped and the player told once per flood. Evennia's default.
    /// </summary>
    [Range(1, 100_000)]
    public int CommandsPerSecond { get; set; } = 80;

    /// <summary>Output messages waiting for a client that does not read before it is disconnected.</summary>
    [Range(16, 1_000_000)]
    public int MaxQueuedOutput { get; set; } = 20_000;

    /// <summary>Bytes of output waiting for a client that does not read before it is disconnected (1 MiB).</summary>
    [Range(65_536, 1_073_741_824)]
    public int MaxQueuedOutputBytes { get; set; } = 1_048_576;

    /// <summary>Seconds one send may wait for a client that does not read before the client is disconnected.</summary>
    [Range(1, 3_600)]
    public int SendTimeoutSeconds { get; set; } = 60;
}
