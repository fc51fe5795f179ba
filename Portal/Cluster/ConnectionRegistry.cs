using System.Collections.Concurrent;

namespace Mud.Portal.Cluster;

/// <summary>The open connections of this Portal by session id.</summary>
public sealed class ConnectionRegistry
{
    private readonly ConcurrentDictionary<string, ISessionConnection> _connections = new(StringComparer.Ordinal);

    public int Count => _connections.Count;

    public IEnumerable<ISessionConnection> All => _connections.Values;

    public void Add(ISessionConnection connection) => _connections[connection.SessionId] = connection;

    public void Remove(ISessionConnection connection) => _connections.TryRemove(new(connection.SessionId, connection));

    public ISessionConnection? Find(string sessionId) => _connections.GetValueOrDefault(sessionId);
}
