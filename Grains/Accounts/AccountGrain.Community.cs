using System.Collections.Immutable;
using Mud.Channels;
using Mud.Oob;
using Mud.Sessions;

namespace Mud.Accounts;

/// <summary>
/// The account's channels and nicks. Subscriptions are stored here; the channels learn which sessions hear
/// them from here, whenever a session comes, resumes or goes, so a silo restart re-asserts them as sessions resume.
/// </summary>
public sealed partial class AccountGrain
{
    public const int MaxChannels = 30;

    private string Key => this.GetPrimaryKeyString();

    private ChannelMember Member => ChannelLocks.MemberOf(Info);

    public Task<ImmutableArray<ChannelSubscription>> GetChannelsAsync() => Task.FromResult(Stored.State.Channels.ToImmutableArray());

    public async Task<string?> JoinChannelAsync(ChannelInfo channel)
    {
        if (!Exists)
        {
            return "There is no such account.";
        }

        if (Subscription(channel.Key) is not null)
        {
            return $"You are already on {channel.Name}.";
        }

        if (Stored.State.Channels.Count >= MaxChannels)
        {
            return $"You may be on at most {MaxChannels} channels. Leave one first.";
        }

        var subscription = new ChannelSubscription(channel.Name, channel.Aliases, Muted: false);
        Stored.State.Channels.Add(subscription);
        await Stored.WriteStateAsync();
        AnnounceToChannels([subscription]);
        SendChannelList();
        return null;
    }

    public async Task<bool> LeaveChannelAsync(string channelKey)
    {
        if (Subscription(channelKey) is not { } subscription)
        {
            return false;
        }

        Stored.State.Channels.Remove(subscription);
        await Stored.WriteStateAsync();
        GrainFactory.GetGrain<IChannelGrain>(subscription.Key).StopListeningAsync(Key).Ignore();
        SendChannelList();
        return true;
    }

    public async Task<string?> MuteChannelAsync(string channelKey, bool muted)
    {
        if (Subscription(channelKey) is not { } subscription)
        {
            return "You are not on that channel.";
        }

        if (subscription.Muted == muted)
        {
            return muted ? $"{subscription.Name} is already muted." : $"{subscription.Name} is not muted.";
        }

        var changed = subscription with { Muted = muted };
        Stored.State.Channels[Stored.State.Channels.IndexOf(subscription)] = changed;
        await Stored.WriteStateAsync();
        AnnounceToChannels([changed]);
        return null;
    }

    public Task SetChannelListenerAsync(string sessionId, OobProtocol? protocol)
    {
        if (_sessions.SetChannelProtocol(sessionId, protocol))
        {
            AnnounceToChannels();
            if (protocol is { } wanted && _sessions.Addresses.FirstOrDefault(a => a.SessionId == sessionId) is { } address)
            {
                _output.Send(address, new OobOutput(wanted, ChannelMessages.List(Stored.State.Channels)));
            }
        }

        return Task.CompletedTask;
    }

    public Task<ImmutableDictionary<string, string>> GetNicksAsync() => Task.FromResult(Nicks);

    public async Task<string?> SetNickAsync(string word, string replacement)
    {
        if (NickRules.Problem(word, replacement) is { } problem)
        {
            return problem;
        }

        var key = word.ToLowerInvariant();
        if (!Stored.State.Nicks.ContainsKey(key) && Stored.State.Nicks.Count >= NickRules.MaxNicks)
        {
            return $"You may have at most {NickRules.MaxNicks} nicks. Remove one first (|wnick/delete <word>|n).";
        }

        Stored.State.Nicks[key] = replacement;
        await Stored.WriteStateAsync();
        TellSessionsNicks();
        return null;
    }

    public async Task<bool> RemoveNickAsync(string word)
    {
        if (!Stored.State.Nicks.Remove(word.ToLowerInvariant()))
        {
            return false;
        }

        await Stored.WriteStateAsync();
        TellSessionsNicks();
        return true;
    }

    private ImmutableDictionary<string, string> Nicks => Stored.State.Nicks.ToImmutableDictionary();

    private ChannelSubscription? Subscription(string channelKey) =>
        Stored.State.Channels.FirstOrDefault(c => c.Key.Equals(channelKey, StringComparison.OrdinalIgnoreCase));

    private async Task<List<ChannelSubscription>> ChannelsForNewAccountAsync()
    {
        var directory = GrainFactory.GetGrain<IChannelDirectoryGrain>(0);
        var channels = await Task.WhenAll(StandingChannels.JoinedByNewAccounts.Select(directory.FindAsync));
        return [.. channels.OfType<ChannelInfo>().Select(c => new ChannelSubscription(c.Name, c.Aliases, Muted: false))];
    }

    /// <summary>Tells channels which of the account's sessions hear them now: all of them, unless muted or none is left.</summary>
    private void AnnounceToChannels(IEnumerable<ChannelSubscription>? only = null)
    {
        if (!Exists)
        {
            return;
        }

        var listening = new ChannelListening(Member, [.. _sessions.Addresses], [.. _sessions.ChannelListeners]);
        foreach (var subscription in only ?? Stored.State.Channels)
        {
            var channel = GrainFactory.GetGrain<IChannelGrain>(subscription.Key);
            if (subscription.Muted || listening.Sessions.IsEmpty)
            {
                channel.StopListeningAsync(Key).Ignore();
            }
            else
            {
                channel.ListenAsync(listening).Ignore();
            }
        }
    }

    /// <summary>Gives the sessions that asked for channel messages the account's channels (GMCP <c>Comm.Channel.List</c>).</summary>
    private void SendChannelList()
    {
        var message = ChannelMessages.List(Stored.State.Channels);
        foreach (var byProtocol in _sessions.ChannelListeners.GroupBy(l => l.Protocol))
        {
            _output.Send(byProtocol.Select(l => l.Address), new OobOutput(byProtocol.Key, message));
        }
    }

    private void TellSessionsNicks()
    {
        var nicks = Nicks;
        foreach (var session in _sessions.Addresses)
        {
            GrainFactory.GetGrain<ISessionGrain>(session.SessionId).NicksChangedAsync(nicks).Ignore();
        }
    }
}
