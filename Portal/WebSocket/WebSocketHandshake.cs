using System.Security.Cryptography;
using System.Text;

namespace Mud.Portal.WebSocket;

/// <summary>
/// The server side of the RFC 6455 opening handshake, on the raw request head, so the Portal needs no web
/// server: an HTTP/1.1 GET with <c>Upgrade: websocket</c>, <c>Sec-WebSocket-Version: 13</c> and a
/// <c>Sec-WebSocket-Key</c> is answered 101; anything else gets a plain HTTP error and is closed.
/// </summary>
public static class WebSocketHandshake
{
    /// <summary>A request head longer than this is refused.</summary>
    public const int MaxHeadBytes = 8192;

    private const string AcceptGuid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    /// <summary>The response to send for a complete request head (up to and including the blank line), and whether it opens a WebSocket.</summary>
    public static (bool Accepted, string Response) Answer(string head)
    {
        var lines = head.Split("\r\n");
        var request = lines[0].Split(' ');
        if (request.Length != 3 || !request[2].StartsWith("HTTP/1.", StringComparison.Ordinal))
        {
            return Refuse("400 Bad Request", "Not an HTTP request.");
        }

        if (request[0] != "GET")
        {
            return Refuse("405 Method Not Allowed", "Only GET opens a WebSocket here.");
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1).TakeWhile(l => l.Length > 0))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                return Refuse("400 Bad Request", "A malformed header.");
            }

            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            headers[name] = headers.TryGetValue(name, out var earlier) ? earlier + ", " + value : value;
        }

        if (!HasToken(headers, "Upgrade", "websocket") || !HasToken(headers, "Connection", "upgrade"))
        {
            return Refuse("426 Upgrade Required", "This port speaks WebSocket (JSON messages [\"name\", [args], {kwargs}]). Connect with a WebSocket client.", upgrade: true);
        }

        if (!headers.TryGetValue("Sec-WebSocket-Version", out var version) || version != "13")
        {
            return Refuse("426 Upgrade Required", "Only WebSocket version 13 is spoken here.", upgrade: true);
        }

        if (!headers.TryGetValue("Sec-WebSocket-Key", out var key) || !IsValidKey(key))
        {
            return Refuse("400 Bad Request", "A missing or malformed Sec-WebSocket-Key.");
        }

        return (true, "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + $"Sec-WebSocket-Accept: {AcceptFor(key)}\r\n\r\n");
    }

    /// <summary>Base64 of SHA-1 over the key and the RFC's GUID.</summary>
    public static string AcceptFor(string key) => Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(key + AcceptGuid)));

    private static bool IsValidKey(string key)
    {
        var bytes = new byte[24];
        return Convert.TryFromBase64String(key, bytes, out var written) && written == 16;
    }

    private static bool HasToken(Dictionary<string, string> headers, string name, string token) =>
        headers.TryGetValue(name, out var value) && value.Split(',').Any(t => t.Trim().Equals(token, StringComparison.OrdinalIgnoreCase));

    private static (bool, string) Refuse(string status, string reason, bool upgrade = false) =>
        (false, $"HTTP/1.1 {status}\r\n{(upgrade ? "Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\n" : "")}Content-Type: text/plain; charset=utf-8\r\n"
            + $"Content-Length: {Encoding.UTF8.GetByteCount(reason) + 2}\r\nConnection: close\r\n\r\n{reason}\r\n");
}
