using Orleans.Concurrency;

namespace Mud.World;

/// <summary>How many accounts and characters exist and since when the game is up, for the web site. Single grain, key 0.</summary>
public interface ICensusGrain : IGrainWithIntegerKey
{
    /// <summary>A silo started; the earliest start the grain has heard of since its activation is the game's.</summary>
    Task SiloStartedAsync(DateTimeOffset at);

    /// <summary>An account was created. Counted in memory and saved every few seconds, so the call is cheap.</summary>
    Task AccountCreatedAsync();

    /// <summary>Characters were created (positive) or deleted (negative).</summary>
    Task CharactersChangedAsync(int change);

    /// <summary>The figures now.</summary>
    [ReadOnly]
    Task<Census> GetAsync();
}

/// <summary>The game's figures; <paramref name="UpSince"/> is null until a silo has reported its start.</summary>
[GenerateSerializer, Immutable, Alias("Census")]
public sealed record Census([property: Id(0)] long Accounts, [property: Id(1)] long Characters, [property: Id(2)] DateTimeOffset? UpSince);
