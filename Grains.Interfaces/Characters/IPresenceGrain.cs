using System.Collections.Immutable;

namespace Mud.Characters;

/// <summary>Who is in the game right now. A single in-memory grain (key 0) that characters report to.</summary>
public interface IPresenceGrain : IGrainWithIntegerKey
{
    /// <summary>A character entered the game.</summary>
    Task ArriveAsync(OnlineCharacter character);

    /// <summary>A character left the game.</summary>
    Task DepartAsync(string characterName);

    /// <summary>Everyone online, sorted by name.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<ImmutableArray<OnlineCharacter>> GetOnlineAsync();
}

/// <summary>One line of <c>who</c>.</summary>
[GenerateSerializer, Immutable, Alias("OnlineCharacter")]
public sealed record OnlineCharacter([property: Id(0)] string Name, [property: Id(1)] DateTimeOffset Since);
