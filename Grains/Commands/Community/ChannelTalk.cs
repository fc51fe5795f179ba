using Mud.Channels;

namespace Mud.Commands.Community;

/// <summary>Talking on a channel by its name or alias (<c>pub Hello</c>, <c>pub :waves</c>): tried when no command answers to the word.</summary>
internal static class ChannelTalk
{
    /// <summary>Says <paramref name="arguments"/> on the account's channel called <paramref name="word"/>; false when it is on none by that word.</summary>
    public static async Task<bool> TryAsync(ISessionContext context, string word, string arguments)
    {
        if (context.AccountGrain is not { } account)
        {
            return false;
        }

        var channels = await account.GetChannelsAsync();
        if (channels.FirstOrDefault(c => c.Answers(word)) is not { } channel)
        {
            return false;
        }

        var pose = arguments.StartsWith(':');
        var text = pose ? arguments[1..].Trim() : arguments;
        if (text.Length == 0)
        {
            var command = word.ToLowerInvariant();
            context.Send($"Usage: |w{command} <message>|n, or |w{command} :<pose>|n to act.");
            return true;
        }

        if (channel.Muted)
        {
            context.Send($"You have muted {channel.Name}. Type |wunmute {channel.Key}|n to hear and speak on it again.");
            return true;
        }

        var refusal = await context.Grains.GetGrain<IChannelGrain>(channel.Key).SpeakAsync(ChannelLocks.MemberOf(context.Account!), text, pose);
        if (refusal is null)
        {
            return true;
        }

        // Destroyed while the account was away (it was not listening to be told): take it off the list.
        if (await context.Grains.GetGrain<IChannelDirectoryGrain>(0).FindAsync(channel.Name) is null)
        {
            await account.LeaveChannelAsync(channel.Key);
            context.Send($"The channel {channel.Name} no longer exists; you are off it now.");
            return true;
        }

        context.Send(refusal);
        return true;
    }
}
