using System.Collections.Immutable;
using Microsoft.Extensions.Options;
using Mud.Characters.Creation;
using Mud.Settings;
using Mud.Sessions;
using Mud.World;

namespace Mud.Accounts;

[GrainType("account")]
public sealed class AccountGrain(
    [PersistentState("account", "store")] IPersistentState<AccountState> account,
    IOptions<SecurityOptions> security,
    IOptions<GameOptions> game,
    CreationRules creation,
    TimeProvider clock) : Grain, IAccountGrain
{
    private readonly Dictionary<string, SessionAddress> _sessions = [];

    private bool Exists => account.RecordExists;

    public async Task<AccountResult> CreateAsync(string displayName, string password)
    {
        if (NameRules.Check(displayName) is { } nameProblem)
        {
            return AccountResult.Fail(nameProblem);
        }

        if (Exists)
        {
            return AccountResult.Fail($"The name '{NameRules.Display(displayName)}' is taken.");
        }

        if (CheckPassword(password) is { } passwordProblem)
        {
            return AccountResult.Fail(passwordProblem);
        }

        var iterations = security.Value.PasswordIterations;
        account.State = new AccountState
        {
            Name = NameRules.Display(displayName),
            PasswordHash = await Task.Run(() => PasswordHasher.Hash(password, iterations)),
            CreatedAt = clock.GetUtcNow(),
        };
        await account.WriteStateAsync();
        await GrainFactory.GetGrain<ICensusGrain>(0).AccountCreatedAsync();
        return AccountResult.Ok(Info);
    }

    public async Task<AccountResult> VerifyPasswordAsync(string password)
    {
        var throttle = GrainFactory.GetGrain<ILoginThrottleGrain>(LoginThrottleKeys.ForAccount(this.GetPrimaryKeyString()));
        var lockout = await throttle.GetLockoutAsync();
        if (lockout > TimeSpan.Zero)
        {
            return AccountResult.Fail(LoginThrottleKeys.LockedOutMessage(lockout));
        }

        // Grain state may only be touched on the grain's own thread, so read it before going to the thread pool.
        var stored = Exists ? account.State.PasswordHash : null;
        var iterations = security.Value.PasswordIterations;
        var matches = await Task.Run(() => stored is not null ? PasswordHasher.Verify(password, stored) : SpendEqualWork(password, iterations));
        if (!matches)
        {
            lockout = await throttle.RecordFailureAsync();
            return AccountResult.Fail(lockout > TimeSpan.Zero ? LoginThrottleKeys.LockedOutMessage(lockout) : "Wrong name or password.");
        }

        await throttle.ResetAsync();
        await UpgradeHashIfCheaperAsync(password);
        return AccountResult.Ok(Info);
    }

    public async Task<AccountResult> ChangePasswordAsync(string oldPassword, string newPassword)
    {
        var verified = await VerifyPasswordAsync(oldPassword);
        if (!verified.Succeeded)
        {
            return verified;
        }

        if (CheckPassword(newPassword) is { } problem)
        {
            return AccountResult.Fail(problem);
        }

        var iterations = security.Value.PasswordIterations;
        account.State.PasswordHash = await Task.Run(() => PasswordHasher.Hash(newPassword, iterations));
        await account.WriteStateAsync();
        return AccountResult.Ok(Info);
    }

    public Task<AccountInfo?> GetInfoAsync() => Task.FromResult(Exists ? Info : null);

    public async Task<AccountResult> AddCharacterAsync(string characterName)
    {
        if (!Exists)
        {
            return AccountResult.Fail("There is no such account.");
        }

        if (account.State.Characters.Count >= game.Value.MaxCharactersPerAccount)
        {
            return AccountResult.Fail($"An account may have at most {game.Value.MaxCharactersPerAccount} characters.");
        }

        if (!account.State.Characters.Contains(characterName, StringComparer.OrdinalIgnoreCase))
        {
            account.State.Characters.Add(characterName);
            await account.WriteStateAsync();
        }

        return AccountResult.Ok(Info);
    }

    public Task<CharacterCreationResult> CreateCharacterAsync(CharacterDraft draft) => Exists
        ? Characters.CreateAsync(draft, game.Value.MaxCharactersPerAccount)
        : Task.FromResult(CharacterCreationResult.Fail(CreationField.Account, "There is no such account."));

    public Task<AccountResult> DeleteCharacterAsync(string characterName) => Exists
        ? Characters.DeleteAsync(characterName, () => Info)
        : Task.FromResult(AccountResult.Fail("There is no such account."));

    public Task<AccountResult> DescribeCharacterAsync(string characterName, string description) => Exists
        ? Characters.DescribeAsync(characterName, description, () => Info)
        : Task.FromResult(AccountResult.Fail("There is no such account."));

    public Task AttachSessionAsync(SessionAddress session)
    {
        _sessions[session.SessionId] = session;
        DelayDeactivation(Timeout.InfiniteTimeSpan);
        return Task.CompletedTask;
    }

    public Task DetachSessionAsync(string sessionId)
    {
        if (_sessions.Remove(sessionId) && _sessions.Count == 0)
        {
            DelayDeactivation(TimeSpan.Zero);
        }

        return Task.CompletedTask;
    }

    private AccountCharacters Characters => new(GrainFactory, creation, account.State, () => account.WriteStateAsync());

    private AccountInfo Info => new(account.State.Name, [.. account.State.Characters], account.State.IsAdmin, account.State.CreatedAt);

    private string? CheckPassword(string password)
    {
        var minimum = security.Value.MinimumPasswordLength;
        if (password.Length < minimum)
        {
            return $"A password must be at least {minimum} characters long.";
        }

        return password.Length > 128 ? "A password may be at most 128 characters long." : null;
    }

    private async Task UpgradeHashIfCheaperAsync(string password)
    {
        var iterations = security.Value.PasswordIterations;
        if (PasswordHasher.IterationsOf(account.State.PasswordHash) < iterations)
        {
            account.State.PasswordHash = await Task.Run(() => PasswordHasher.Hash(password, iterations));
            await account.WriteStateAsync();
        }
    }

    // A missing account costs the same KDF work as a wrong password, so timing does not reveal which names exist.
    private static bool SpendEqualWork(string password, int iterations)
    {
        PasswordHasher.Hash(password, iterations);
        return false;
    }
}
