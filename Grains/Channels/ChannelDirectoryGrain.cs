using System.Collections.Immutable;

namespace Mud.Channels;

/// <summary>
/// The index of channels by name and alias. Every change goes through here, first to the channel, then to the
/// index, so two channels can never answer to the same word.
/// </summary>
[GrainType("channeldirectory")]
public sealed class ChannelDirectoryGrain(
    [PersistentState("channeldirectory", "store")] IPersistentState<ChannelDirectoryState> directory) : Grain, IChannelDirectoryGrain
{
    private List<ChannelInfo> Channels => directory.State.Channels;

    public Task<ImmutableArray<ChannelInfo>> GetAllAsync() =>
        Task.FromResult(Channels.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ToImmutableArray());

    public Task<ChannelInfo?> FindAsync(string word) => Task.FromResult(Find(word));

    public async Task<string?> CreateAsync(ChannelInfo info)
    {
        if (Problem(info) is { } problem)
        {
            return problem;
        }

        if (!await GrainFactory.GetGrain<IChannelGrain>(info.Key).CreateAsync(info))
        {
            return $"A channel called {info.Name} already exists.";
        }

        Channels.Add(info);
        await directory.WriteStateAsync();
        return null;
    }

    public async Task<string?> DestroyAsync(string word, ChannelMember actor)
    {
        if (Administered(word, actor, out var info) is { } refusal)
        {
            return refusal;
        }

        await GrainFactory.GetGrain<IChannelGrain>(info!.Key).DestroyAsync();
        Channels.Remove(info);
        await directory.WriteStateAsync();
        return null;
    }

    public async Task<string?> SetRuleAsync(string word, ChannelRuleKind kind, ChannelAccess access, ChannelMember actor)
    {
        if (Administered(word, actor, out var info) is { } refusal)
        {
            return refusal;
        }

        var changed = info! with { Policy = info.Policy.With(kind, access) };
        await GrainFactory.GetGrain<IChannelGrain>(changed.Key).SetPolicyAsync(changed.Policy);
        Channels[Channels.IndexOf(info)] = changed;
        await directory.WriteStateAsync();
        return null;
    }

    public async Task EnsureAsync(ImmutableArray<ChannelInfo> channels)
    {
        foreach (var info in channels.Where(c => Find(c.Name) is null))
        {
            // A channel whose grain exists but which the index lost (the index's write failed) is taken back in as it is.
            if (await CreateAsync(info) is not null && Find(info.Name) is null)
            {
                Channels.Add(info);
                await directory.WriteStateAsync();
            }
        }
    }

    private ChannelInfo? Find(string word) => Channels.FirstOrDefault(c => c.Answers(word));

    private string? Administered(string word, ChannelMember actor, out ChannelInfo? info)
    {
        info = Find(word);
        if (info is null)
        {
            return $"There is no channel called {Text.Markup.Escape(word)}.";
        }

        return ChannelLocks.Allows(info.Policy, ChannelRuleKind.Admin, actor) ? null : $"You may not administer {info.Name}.";
    }

    private string? Problem(ChannelInfo info)
    {
        if (info.Aliases.Length > ChannelNames.MaxAliases)
        {
            return $"A channel may have at most {ChannelNames.MaxAliases} aliases.";
        }

        if (info.Description.Length > ChannelNames.MaxDescriptionLength)
        {
            return $"A channel's description may be at most {ChannelNames.MaxDescriptionLength} characters long.";
        }

        var words = info.Aliases.Prepend(info.Name).ToList();
        if (words.Select(ChannelNames.Check).FirstOrDefault(p => p is not null) is { } problem)
        {
            return Text.Markup.Escape(problem);
        }

        if (words.Distinct(StringComparer.OrdinalIgnoreCase).Count() != words.Count)
        {
            return "A channel's name and aliases must all differ.";
        }

        return words.FirstOrDefault(w => Find(w) is not null) is { } taken
            ? $"'{Text.Markup.Escape(taken)}' already names the channel {Find(taken)!.Name}."
            : null;
    }
}
