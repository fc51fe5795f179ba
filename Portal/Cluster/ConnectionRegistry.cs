using System.Collections.Concurrent;

namespace Mud.Portal.Cluster;

/// <summary>The open connections of this Portal by session id, and how many each address block holds.</summary>
public sealed class ConnectionRegistry
{
    private readonly ConcurrentDictionary<string, ISessionConnection> _connections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _perAddress = new(StringComparer.Ordinal);

    public int Count => _connections.Count;

    public IEnumerable<ISessionConnection> All => _connections.Values;

    public void Add(ISessionConnection connection) => _connections[connection.SessionId] = connection;

    public void Remove(ISessionConnection connection) => _connections.TryRemove(new(connection.SessionId, connection));

    public ISessionConnection? Find(string sessionId) => _connections.GetValueOrDefault(sessionId);

    /// <summary>
    /// Counts one more connection from <paramref name="addressBlock"/> (see <see cref="Sessions.AddressBlock"/>),
    /// unless it already holds <paramref name="limit"/>; each reservation made is given back with <see cref="ReleaseAddress"/>.
    /// </summary>
    public bool TryReserveAddress(string addressBlock, int limit)
    {
        lock (_perAddress)
        {
            var held = _perAddress.GetValueOrDefault(addressBlock);
            if (held >= limit)
            {
                return false;
            }

            _perAddress[addressBlock] = held + 1;
            return true;
        }
    }

    public void ReleaseAddress(string addressBlock)
    {
        lock (_perAddress)
        {
            if (_perAddress.TryGetValue(addressBlock, out var held))
            {
                if (held <= 1)
                {
                    _perAddress.Remove(addressBlock);
                }
                else
                {
                    _perAddress[addressBlock] = held - 1;
                }
            }
        }
    }

    /// <summary>Connections (accepted, including those still in a handshake) from <paramref name="addressBlock"/>.</summary>
    public int CountFrom(string addressBlock)
    {
        lock (_perAddress)
        {
            return _perAddress.GetValueOrDefault(addressBlock);
        }
    }
}
