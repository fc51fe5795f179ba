using System.Net;
using System.Net.Sockets;

namespace Mud.Tests.EndToEnd;

internal static class FreePorts
{
    /// <summary>Distinct loopback ports that were free a moment ago.</summary>
    public static int[] Take(int count) => TakeRanges(count, width: 1);

    /// <summary>
    /// <paramref name="count"/> loopback ports, each the first of <paramref name="width"/> consecutive free ports
    /// (several silos on one machine take a base port plus their index), all ranges disjoint.
    /// </summary>
    public static int[] TakeRanges(int count, int width)
    {
        var held = new List<TcpListener>();
        var bases = new List<int>();
        try
        {
            for (var attempt = 0; bases.Count < count && attempt < 200; attempt++)
            {
                var first = Listen(0);
                if (first is null)
                {
                    continue;
                }

                var port = ((IPEndPoint)first.LocalEndpoint).Port;
                var range = new List<TcpListener> { first };
                for (var i = 1; i < width && port + i <= 65535; i++)
                {
                    if (Listen(port + i) is not { } next)
                    {
                        break;
                    }

                    range.Add(next);
                }

                held.AddRange(range);
                if (range.Count == width)
                {
                    bases.Add(port);
                }
            }
        }
        finally
        {
            held.ForEach(l => l.Stop());
        }

        return bases.Count == count ? [.. bases] : throw new InvalidOperationException($"Could not find {count} free ranges of {width} ports.");
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
