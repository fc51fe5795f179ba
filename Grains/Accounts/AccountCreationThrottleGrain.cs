using Microsoft.Extensions.Options;
using Mud.Settings;

namespace Mud.Accounts;

/// <summary>In memory on purpose, like <see cref="LoginThrottleGrain"/>: a silo restart forgetting recent creations is harmless.</summary>
[GrainType("account-creation-throttle")]
public sealed class AccountCreationThrottleGrain(IOptions<SecurityOptions> options, TimeProvider clock) : Grain, IAccountCreationThrottleGrain
{
    private readonly SlidingWindowCounter _creations = new(clock);

    private int Limit => this.GetPrimaryKeyString() == AccountCreationThrottleKeys.Overall
        ? options.Value.MaxAccountsOverall
        : options.Value.MaxAccountsPerAddress;

    public Task<bool> TryReserveAsync() =>
        Task.FromResult(_creations.TryAdd(Limit, TimeSpan.FromMinutes(options.Value.AccountCreationWindowMinutes)));

    public Task CancelAsync()
    {
        _creations.RemoveLatest();
        return Task.CompletedTask;
    }
}
