using System.Collections.Immutable;
using Mud.Sessions;

namespace Mud.Accounts;

/// <summary>Whom the account ignores, and how fast it may page others.</summary>
public sealed partial class AccountGrain
{
    public const int MaxIgnored = 100;

    private static readonly TimeSpan PageWindow = TimeSpan.FromMinutes(1);

    private SlidingWindowCounter? _pages;

    public Task<ImmutableArray<string>> GetIgnoredAsync() => Task.FromResult(Stored.State.Ignored.ToImmutableArray());

    public Task<bool> IgnoresAsync(string accountKey) => Task.FromResult(Ignores(accountKey));

    public async Task<string?> IgnoreAsync(string accountKey)
    {
        if (accountKey == Key)
        {
            return "You cannot ignore yourself.";
        }

        if (Ignores(accountKey))
        {
            return null;
        }

        if (Stored.State.Ignored.Count >= MaxIgnored)
        {
            return $"You may ignore at most {MaxIgnored} players. Stop ignoring one first (|wignore/del <name>|n).";
        }

        Stored.State.Ignored.Add(accountKey);
        await Stored.WriteStateAsync();
        return null;
    }

    public async Task<bool> UnignoreAsync(string accountKey)
    {
        if (Stored.State.Ignored.RemoveAll(k => k == accountKey) == 0)
        {
            return false;
        }

        await Stored.WriteStateAsync();
        return true;
    }

    public Task<bool> TryAdmitPageAsync()
    {
        _pages ??= new SlidingWindowCounter(clock);
        return Task.FromResult(_pages.TryAdd(game.Value.PagesPerMinute, PageWindow));
    }

    public Task<bool> PageAsync(string fromAccountKey, string markup)
    {
        if (Ignores(fromAccountKey))
        {
            return Task.FromResult(false);
        }

        _output.Send(_sessions.Addresses, new TextOutput(markup));
        return Task.FromResult(true);
    }

    private bool Ignores(string accountKey) => Stored.State.Ignored.Contains(accountKey);
}
