using Microsoft.Extensions.Options;
using Mud.Characters;
using Mud.Characters.Creation;
using Mud.Objects;
using Mud.Objects.Locks;
using Mud.Sessions;
using Mud.Settings;
using Mud.World;

namespace Mud.Accounts;

[GrainType("account")]
public sealed partial class AccountGrain(
    [PersistentState("account", "store")] IPersistentState<AccountState> account,
    IOptions<SecurityOptions> security,
    IOptions<GameOptions> game,
    CreationRules creation,
    PasswordHashing hashing,
    TimeProvider clock) : Grain, IAccountGrain
{
    private readonly AccountSessions _sessions = new(game.Value.Mode);
    private readonly OutputSender _output = new();

    private bool Exists => account.RecordExists;

    private AccountInfo Info => new(account.State.Name, [.. account.State.Characters], account.State.Level, account.State.CreatedAt, account.State.LockedBecause);

    private AccountCharacters Characters => new(GrainFactory, creation, account.State, () => account.WriteStateAsync());

    private IPersistentState<AccountState> Stored => account;

    private bool IsAdmin => account.State.Level >= PermissionLevel.Admin;

    public async Task<AccountResult> CreateAsync(string displayName, Password password)
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
        var created = new AccountState
        {
            Name = NameRules.Display(displayName),
            PasswordHash = await hashing.RunAsync(() => PasswordHasher.Hash(password.Text, iterations)),
            SecurityStamp = NewSecurityStamp(),
            CreatedAt = clock.GetUtcNow(),
            Channels = await ChannelsForNewAccountAsync(),
        };
        if (await StoreNewAsync(created) is { } refusal)
        {
            return AccountResult.Fail(refusal);
        }

        if (await GrainFactory.GetGrain<IStaffGrain>(0).ClaimFoundingAsync(this.GetPrimaryKeyString()))
        {
            account.State.Level = PermissionLevel.Developer;
            await account.WriteStateAsync();
        }

        await GrainFactory.GetGrain<ICensusGrain>(0).AccountCreatedAsync();
        return AccountResult.Ok(Info);
    }

    // The name is claimed in the registry before the account is written, so no character of another account can
    // have it; a write that fails gives the claim back.
    private async Task<string?> StoreNewAsync(AccountState created)
    {
        var key = this.GetPrimaryKeyString();
        var registry = GrainFactory.GetGrain<INameGrain>(key);
        var claim = await registry.ClaimAsync(key, NameUses.Account);
        if (!claim.Granted)
        {
            return claim.Holder.IsCharacter
                ? $"The name '{created.Name}' is taken by another account's character."
                : $"The name '{created.Name}' is taken.";
        }

        account.State = created;
        try
        {
            await account.WriteStateAsync();
        }
        catch
        {
            account.State = new AccountState();
            await registry.ReleaseIfClaimedAsync(claim, key, NameUses.Account);
            throw;
        }

        return null;
    }

    public async Task<AccountResult> VerifyPasswordAsync(Password password)
    {
        // Grain state may only be touched on the grain's own thread, so read it before going to the thread pool.
        var stored = Exists ? account.State.PasswordHash : null;
        var iterations = security.Value.PasswordIterations;
        var matches = await hashing.RunAsync(() => stored is not null ? PasswordHasher.Verify(password.Text, stored) : SpendEqualWork(password, iterations));
        if (!matches)
        {
            return AccountResult.Fail("Wrong name or password.");
        }

        await UpgradeHashIfCheaperAsync(password);

        // Told only to someone who knows the password, so a lock does not reveal that an account exists.
        return account.State.LockedBecause is { } reason
            ? AccountResult.Fail(reason.Length == 0 ? "This account is locked." : $"This account is locked: {reason}")
            : AccountResult.Ok(Info);
    }

    public async Task<AccountResult> ChangePasswordAsync(Password oldPassword, Password newPassword)
    {
        // Only a session of this account gets here, so a throttle of the account alone locks out nobody else.
        var verified = await LoginCheck.ThrottledAsync(GrainFactory, [LoginThrottleKeys.ForAccount(this.GetPrimaryKeyString())], () => VerifyPasswordAsync(oldPassword));
        if (!verified.Succeeded)
        {
            return verified;
        }

        if (CheckPassword(newPassword) is { } problem)
        {
            return AccountResult.Fail(problem);
        }

        var iterations = security.Value.PasswordIterations;
        account.State.PasswordHash = await hashing.RunAsync(() => PasswordHasher.Hash(newPassword.Text, iterations));
        account.State.SecurityStamp = NewSecurityStamp();
        await account.WriteStateAsync();
        return AccountResult.Ok(Info);
    }

    public Task<string?> GetSecurityStampAsync() => Task.FromResult(Exists ? account.State.SecurityStamp : null);

    public async Task LogOutEverywhereAsync()
    {
        if (Exists)
        {
            account.State.SecurityStamp = NewSecurityStamp();
            await account.WriteStateAsync();
        }
    }

    public Task<AccountInfo?> GetInfoAsync() => Task.FromResult(Exists ? Info : null);

    public Task<CharacterCreationResult> CreateCharacterAsync(CharacterDraft draft) => Exists
        ? Characters.CreateAsync(draft, game.Value.CharacterLimit)
        : Task.FromResult(CharacterCreationResult.Fail(CreationField.Account, "There is no such account."));

    public Task<AccountResult> DescribeCharacterAsync(string characterName, string description) => Exists
        ? Characters.DescribeAsync(characterName, description, () => Info)
        : Task.FromResult(AccountResult.Fail("There is no such account."));

    public async Task<AccountResult> DeleteCharacterAsync(string characterName)
    {
        var name = OwnedName(characterName);
        if (name is null)
        {
            return AccountResult.Fail($"You have no character called {NameRules.Display(characterName)}.");
        }

        var key = NameRules.KeyOf(name);
        if (_sessions.IsPuppeted(key) || !await GrainFactory.GetGrain<ICharacterGrain>(key).DeleteAsync())
        {
            return AccountResult.Fail($"{name} is being played right now. Stop playing it (|wooc|n) in every session first.");
        }

        account.State.Characters.Remove(name);
        if (account.State.LastPuppet == key)
        {
            account.State.LastPuppet = null;
        }

        await account.WriteStateAsync();
        await GrainFactory.GetGrain<INameGrain>(key).ReleaseAsync(this.GetPrimaryKeyString(), NameUses.Character);
        await GrainFactory.GetGrain<ICensusGrain>(0).CharactersChangedAsync(-1);
        return AccountResult.Ok(Info);
    }

    public async Task<SessionGrant> OpenSessionAsync(SessionAddress session)
    {
        KeepAliveWhileSessions();
        var plan = _sessions.Open(session, ChooseAutoPuppet);
        if (plan.Puppet is not null)
        {
            await RememberLastPuppetAsync(plan.Puppet);
        }

        AnnounceToChannels();

        return new SessionGrant(Info, plan.Number, plan.Puppet, plan.Displaced);
    }

    public Task ResumeSessionAsync(SessionAddress session, int number, string? puppetKey)
    {
        KeepAliveWhileSessions();
        _sessions.Resume(session, number, puppetKey);
        AnnounceToChannels();
        return Task.CompletedTask;
    }

    public Task DetachSessionAsync(string sessionId)
    {
        if (!_sessions.Remove(sessionId))
        {
            return Task.CompletedTask;
        }

        AnnounceToChannels();
        if (_sessions.IsEmpty)
        {
            DelayDeactivation(TimeSpan.Zero);
        }

        return Task.CompletedTask;
    }

    public async Task<PuppetResult> PuppetAsync(string sessionId, string characterName, bool overrideOwner = false)
    {
        if (!_sessions.Contains(sessionId))
        {
            return PuppetResult.Fail("This session is not logged in to the account.");
        }

        var owned = OwnedName(characterName);
        var key = NameRules.KeyOf(characterName);
        var display = owned ?? NameRules.Display(characterName);
        if (owned is null)
        {
            if (!overrideOwner)
            {
                return PuppetResult.Fail($"You have no character called {Text.Markup.Escape(display)}. Type |wcharacters|n to see yours.");
            }

            if (!IsAdmin)
            {
                return PuppetResult.Fail("Only administrators may play another account's character.");
            }

            var other = NameRules.Check(characterName) is null ? await GrainFactory.GetGrain<ICharacterGrain>(key).GetInfoAsync() : null;
            if (other is null)
            {
                return PuppetResult.Fail($"There is no character called {Text.Markup.Escape(display)}.");
            }

            if (other.Online)
            {
                return PuppetResult.Fail($"{other.Name} is being played by someone right now.");
            }
        }

        if (await PuppetLockRefusalAsync(key, display) is { } locked)
        {
            return PuppetResult.Fail(locked);
        }

        var change = _sessions.Puppet(sessionId, key, display);
        if (change.Refusal is { } refusal)
        {
            return PuppetResult.Fail(refusal);
        }

        Notify(change);
        if (owned is not null)
        {
            await RememberLastPuppetAsync(key);
        }

        return PuppetResult.Ok(key);
    }

    // The character's puppet lock (by default anyone its account lets play it) has the last word, for owners and administrators alike.
    private async Task<string?> PuppetLockRefusalAsync(string key, string display)
    {
        var character = await GrainFactory.GetGrain<ICharacterGrain>(key).GetSnapshotAsync();
        return character is null || Locks.Allows(ObjectKind.Character, character.Locks, "puppet", Accessor.OfAccount(account.State.Name, account.State.Level))
            ? null
            : character.Attributes.GetValueOrDefault("puppet_failmsg")?.Text ?? Locks.Refusal("puppet", display);
    }

    public Task<PuppetResult> UnpuppetAsync(string sessionId)
    {
        if (!_sessions.Contains(sessionId))
        {
            return Task.FromResult(PuppetResult.Fail("This session is not logged in to the account."));
        }

        var change = _sessions.Unpuppet(sessionId);
        if (change.Refusal is { } refusal)
        {
            return Task.FromResult(PuppetResult.Fail(refusal));
        }

        Notify(change);
        return Task.FromResult(PuppetResult.Ok(null));
    }

    public Task<string?> GetPuppetOfAsync(string sessionId) => Task.FromResult(_sessions.PuppetOf(sessionId));

    public Task<AccountOverview> GetOverviewAsync() => Task.FromResult(new AccountOverview(Info, [.. _sessions.All]));

    public async Task<AccountResult> SetLevelAsync(PermissionLevel level)
    {
        if (!Exists)
        {
            return AccountResult.Fail("There is no such account.");
        }

        account.State.Level = level;
        await account.WriteStateAsync();
        foreach (var session in _sessions.Addresses)
        {
            GrainFactory.GetGrain<ISessionGrain>(session.SessionId).AccountChangedAsync().Ignore();
        }

        return AccountResult.Ok(Info);
    }

    public async Task<AccountResult> SetLockAsync(string? reason)
    {
        if (!Exists)
        {
            return AccountResult.Fail("There is no such account.");
        }

        account.State.LockedBecause = reason;
        if (reason is not null)
        {
            // A lock ends the account's web logins too.
            account.State.SecurityStamp = NewSecurityStamp();
        }

        await account.WriteStateAsync();
        if (reason is not null)
        {
            await EndSessionsAsync("|rThis account has been locked by the game's staff.|n", exceptSessionId: null);
        }

        return AccountResult.Ok(Info);
    }

    public async Task<AccountResult> ResetPasswordAsync(Password newPassword)
    {
        if (!Exists)
        {
            return AccountResult.Fail("There is no such account.");
        }

        if (CheckPassword(newPassword) is { } problem)
        {
            return AccountResult.Fail(problem);
        }

        var iterations = security.Value.PasswordIterations;
        account.State.PasswordHash = await Task.Run(() => PasswordHasher.Hash(newPassword.Text, iterations));
        account.State.SecurityStamp = NewSecurityStamp();
        await account.WriteStateAsync();
        await GrainFactory.GetGrain<ILoginThrottleGrain>(LoginThrottleKeys.ForAccount(this.GetPrimaryKeyString())).ResetAsync();
        return AccountResult.Ok(Info);
    }

    public Task MessageAsync(string markup)
    {
        _output.Send(_sessions.Addresses, new TextOutput(markup));
        return Task.CompletedTask;
    }

    public Task EndSessionsAsync(string reason, string? exceptSessionId)
    {
        foreach (var session in _sessions.Addresses.Where(s => s.SessionId != exceptSessionId).ToList())
        {
            _sessions.Remove(session.SessionId);
            GrainFactory.GetGrain<ISessionGrain>(session.SessionId).EndAsync(reason).Ignore();
        }

        AnnounceToChannels();
        return Task.CompletedTask;
    }

    private void Notify(PuppetChange change)
    {
        foreach (var moved in change.AlsoMoved)
        {
            GrainFactory.GetGrain<ISessionGrain>(moved.SessionId).PuppetChangedAsync().Ignore();
        }
    }

    private void KeepAliveWhileSessions() => DelayDeactivation(Timeout.InfiniteTimeSpan);

    /// <summary>The account's own spelling of a character name, or null when it owns no such character.</summary>
    private string? OwnedName(string characterName) =>
        account.State.Characters.FirstOrDefault(c => c.Equals(characterName, StringComparison.OrdinalIgnoreCase));

    // The last character played comes first, then the others in the order they were made; in mode 2 a
    // character another session already plays is skipped.
    private string? ChooseAutoPuppet(IReadOnlySet<string> inUse)
    {
        if (!game.Value.AutoPuppetOnLogin)
        {
            return null;
        }

        var keys = account.State.Characters.Select(NameRules.KeyOf).ToList();
        var ordered = account.State.LastPuppet is { } last && keys.Contains(last) ? keys.Where(k => k != last).Prepend(last) : keys;
        return ordered.FirstOrDefault(k => game.Value.Mode != MultisessionMode.PuppetPerSession || !inUse.Contains(k));
    }

    private async Task RememberLastPuppetAsync(string key)
    {
        if (account.State.LastPuppet != key)
        {
            account.State.LastPuppet = key;
            await account.WriteStateAsync();
        }
    }

    private string? CheckPassword(Password password)
    {
        var minimum = security.Value.MinimumPasswordLength;
        if (password.Text.Length < minimum)
        {
            return $"A password must be at least {minimum} characters long.";
        }

        return password.Text.Length > 128 ? "A password may be at most 128 characters long." : null;
    }

    private async Task UpgradeHashIfCheaperAsync(Password password)
    {
        var iterations = security.Value.PasswordIterations;
        if (PasswordHasher.IterationsOf(account.State.PasswordHash) < iterations)
        {
            account.State.PasswordHash = await hashing.RunAsync(() => PasswordHasher.Hash(password.Text, iterations));
            await account.WriteStateAsync();
        }
    }

    // A missing account costs the same KDF work as a wrong password, so timing does not reveal which names exist.
    private static bool SpendEqualWork(Password password, int iterations)
    {
        PasswordHasher.Hash(password.Text, iterations);
        return false;
    }

    private static string NewSecurityStamp() => Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
}
