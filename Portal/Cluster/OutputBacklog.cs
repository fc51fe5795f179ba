using Mud.Oob;
using Mud.Sessions;

namespace Mud.Portal.Cluster;

/// <summary>
/// The output waiting for a connection's write loop, counted in messages and in bytes against the caps
/// <c>Mud:Telnet:MaxQueuedOutput</c> and <c>Mud:Telnet:MaxQueuedOutputBytes</c>. Bytes are estimated from the
/// text before rendering (colour codes and line endings add a little), so the cap holds to within a few percent.
/// Thread-safe: the game adds from its callbacks while the write loop removes.
/// </summary>
public sealed class OutputBacklog(int maxMessages, long maxBytes)
{
    private int _messages;
    private long _bytes;

    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>Counts <paramref name="output"/> in; false when that goes past either cap (the client has stopped reading).</summary>
    public bool TryAdd(SessionOutput output)
    {
        var messages = Interlocked.Increment(ref _messages);
        var bytes = Interlocked.Add(ref _bytes, SizeOf(output));
        return messages <= maxMessages && bytes <= maxBytes;
    }

    /// <summary>Counts out an output the write loop took.</summary>
    public void Remove(SessionOutput output)
    {
        Interlocked.Decrement(ref _messages);
        Interlocked.Add(ref _bytes, -SizeOf(output));
    }

    internal static long SizeOf(SessionOutput output) => output switch
    {
        TextOutput text => text.Markup.Length + 2,
        PromptOutput prompt => prompt.Markup.Length + 2,
        DisconnectOutput goodbye => goodbye.Markup.Length + 2,
        OobOutput oob => oob.Message.Name.Length + SizeOf(oob.Message.Args) + SizeOf(oob.Message.Kwargs) + 8,
        _ => 8,
    };

    private static long SizeOf(IEnumerable<OobValue> values) => values.Sum(SizeOf);

    private static long SizeOf(IEnumerable<OobField> fields) => fields.Sum(f => f.Name.Length + 4 + SizeOf(f.Value));

    private static long SizeOf(OobValue value) => value switch
    {
        OobText text => text.Value.Length + 2,
        OobList list => SizeOf(list.Items) + 2,
        OobTable table => SizeOf(table.Fields) + 2,
        _ => 8,
    };
}
