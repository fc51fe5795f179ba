using System.Collections.Immutable;

namespace Mud.Characters;

/// <summary>Who is in the game right now. A single in-memory grain (key 0) that characters report to.</summary>
public interface IPresenceGrain : IGrainWithIntegerKey
{
    /// <summary>A character entered the game.</summary>
    Task ArriveAsync(OnlineCharacter character);

    /// <summary>A character left the game.</summary>
    Task DepartAsync(string characterName);

    /// <summary>
    /// The character's player typed something at <paramref name="at"/>, for the idle time <c>who</c> shows.
    /// Sessions report at most about once a minute, so the figure is that coarse. One-way: nobody waits for it.
    /// </summary>
    [Orleans.Concurrency.OneWay]
    Task ActiveAsync(string characterName, DateTimeOffset at);

    /// <summary>Marks the character away from the keyboard with a message, or back (null).</summary>
    Task SetAwayAsync(string characterName, string? message);

    /// <summary>Everyone online, sorted by name.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<ImmutableArray<OnlineCharacter>> GetOnlineAsync();
}

/// <summary>One line of <c>who</c>: since when the character is in the game, when its player last typed, and why they are away (null: not away).</summary>
[GenerateSerializer, Immutable, Alias("OnlineCharacter")]
public sealed record OnlineCharacter(
    [property: Id(0)] string Name,
    [property: Id(1)] DateTimeOffset Since,
    [property: Id(2)] DateTimeOffset LastActive = default,
    [property: Id(3)] string? Away = null);
