namespace Mud.World;

/// <summary>
/// Counts in memory and saves at most every few seconds: one write per registration on a single grain
/// would queue a busy game's sign-ups behind each other. A crash loses at most those seconds of counting.
/// </summary>
[GrainType("census")]
public sealed class CensusGrain([PersistentState("census", "store")] IPersistentState<CensusState> census) : Grain, ICensusGrain
{
    private static readonly TimeSpan SaveEvery = TimeSpan.FromSeconds(5);
    private DateTimeOffset? _upSince;
    private bool _dirty;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        this.RegisterGrainTimer(SaveAsync, new GrainTimerCreationOptions(SaveEvery, SaveEvery));
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => SaveAsync(cancellationToken);

    public Task SiloStartedAsync(DateTimeOffset at)
    {
        _upSince = _upSince is { } earlier && earlier < at ? earlier : at;
        return Task.CompletedTask;
    }

    public Task AccountCreatedAsync()
    {
        census.State.Accounts++;
        _dirty = true;
        return Task.CompletedTask;
    }

    public Task CharactersChangedAsync(int change)
    {
        census.State.Characters = Math.Max(0, census.State.Characters + change);
        _dirty = true;
        return Task.CompletedTask;
    }

    public Task<Census> GetAsync() => Task.FromResult(new Census(census.State.Accounts, census.State.Characters, _upSince));

    private async Task SaveAsync(CancellationToken cancellation)
    {
        if (_dirty)
        {
            _dirty = false;
            await census.WriteStateAsync(cancellation);
        }
    }
}

/// <summary>What is stored for the census.</summary>
public sealed class CensusState
{
    public long Accounts { get; set; }
    public long Characters { get; set; }
}
