using System.Collections.Immutable;

namespace Mud.Characters;

/// <summary>In memory: after a silo restart characters report again as their sessions resume.</summary>
[GrainType("presence"), KeepAlive]
public sealed class PresenceGrain : Grain, IPresenceGrain
{
    private readonly SortedDictionary<string, OnlineCharacter> _online = new(StringComparer.OrdinalIgnoreCase);

    public Task ArriveAsync(OnlineCharacter character)
    {
        _online.TryAdd(character.Name, character);
        return Task.CompletedTask;
    }

    public Task DepartAsync(string characterName)
    {
        _online.Remove(characterName);
        return Task.CompletedTask;
    }

    public Task<ImmutableArray<OnlineCharacter>> GetOnlineAsync() => Task.FromResult(_online.Values.ToImmutableArray());
}
