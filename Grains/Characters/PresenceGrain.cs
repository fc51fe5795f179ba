using System.Collections.Immutable;

namespace Mud.Characters;

/// <summary>In memory: after a silo restart characters report again as their sessions resume.</summary>
[GrainType("presence"), KeepAlive]
public sealed class PresenceGrain : Grain, IPresenceGrain
{
    private readonly SortedDictionary<string, OnlineCharacter> _online = new(StringComparer.OrdinalIgnoreCase);

    public Task ArriveAsync(OnlineCharacter character)
    {
        _online.TryAdd(character.Name, character.LastActive == default ? character with { LastActive = character.Since } : character);
        return Task.CompletedTask;
    }

    public Task ActiveAsync(string characterName, DateTimeOffset at)
    {
        if (_online.TryGetValue(characterName, out var character) && at > character.LastActive)
        {
            _online[characterName] = character with { LastActive = at };
        }

        return Task.CompletedTask;
    }

    public Task SetAwayAsync(string characterName, string? message)
    {
        if (_online.TryGetValue(characterName, out var character))
        {
            _online[characterName] = character with { Away = message };
        }

        return Task.CompletedTask;
    }

    public Task DepartAsync(string characterName)
    {
        _online.Remove(characterName);
        return Task.CompletedTask;
    }

    public Task<ImmutableArray<OnlineCharacter>> GetOnlineAsync() => Task.FromResult(_online.Values.ToImmutableArray());
}
