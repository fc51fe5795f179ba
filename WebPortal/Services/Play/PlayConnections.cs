using System.Collections.Concurrent;

namespace Mud.WebPortal.Services.Play;

/// <summary>The game sessions open in this WebPortal's browser circuits, by session id.</summary>
public sealed class PlayConnections
{
    private readonly ConcurrentDictionary<string, PlayConnection> _connections = new(StringComparer.Ordinal);

    public int Count => _connections.Count;

    public IEnumerable<PlayConnection> All => _connections.Values;

    public void Add(PlayConnection connection) => _connections[connection.SessionId] = connection;

    public void Remove(PlayConnection connection) => _connections.TryRemove(new(connection.SessionId, connection));

    public PlayConnection? Find(string sessionId) => _connections.GetValueOrDefault(sessionId);
}
