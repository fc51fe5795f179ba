using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Mud.Tests.EndToEnd;

/// <summary>
/// Loopback ports for the processes a test starts. Each is chosen on its own (never a base plus an offset) and
/// below the kernel's ephemeral range, so an outgoing connection cannot take one while its process is down
/// (a silo restarting in a rolling restart, a Portal started again).
/// </summary>
internal static class FreePorts
{
    private const int Lowest = 10_000;
    private const int DefaultEphemeralStart = 32_768;

    /// <summary>Distinct loopback ports that were free a moment ago.</summary>
    public static int[] Take(int count)
    {
        var below = EphemeralRangeStart();
        var held = new List<TcpListener>();
        var ports = new HashSet<int>();
        try
        {
            for (var attempt = 0; ports.Count < count && attempt < 10 * count + 1000; attempt++)
            {
                var port = Random.Shared.Next(Lowest, below);
                if (!ports.Contains(port) && Listen(port) is { } listener)
                {
                    held.Add(listener);
                    ports.Add(port);
                }
            }
        }
        finally
        {
            held.ForEach(l => l.Stop());
        }

        return ports.Count == count ? [.. ports] : throw new InvalidOperationException($"Could not find {count} free ports between {Lowest} and {below}.");
    }

    /// <summary>The first port the kernel hands out to outgoing connections (Linux: ip_local_port_range).</summary>
    private static int EphemeralRangeStart()
    {
        const string range = "/proc/sys/net/ipv4/ip_local_port_range";
        var start = File.Exists(range) && int.TryParse(File.ReadAllText(range).Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries)[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            ? first
            : DefaultEphemeralStart;
        return start > Lowest + 1000 ? start : DefaultEphemeralStart;
    }

    private static TcpListener? Listen(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        try
        {
            listener.Start();
            return listener;
        }
        catch (SocketException)
        {
            return null;
        }
    }
}
