using System.Globalization;
using Mud.Channels;

namespace Mud.Commands.Community;

internal sealed class HistoryCommand : Command<ISessionContext>
{
    public const int DefaultLines = 20;

    public override string Key => "history";

    public override string Category => "Channels";

    public override string Summary => "Show what was said lately on a channel.";

    public override string Help => $"""
        |whistory <channel> [lines]|n

        Shows the last lines said on a channel ({DefaultLines} unless you say how many), with the time (UTC)
        each was said. Any channel you may listen to, whether you are on it or not.
        """;

    public override async Task ExecuteAsync(ISessionContext context, string arguments)
    {
        var words = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var count = DefaultLines;
        if (words.Length is < 1 or > 2 || (words.Length == 2 && (!int.TryParse(words[1], NumberStyles.None, CultureInfo.InvariantCulture, out count) || count < 1)))
        {
            context.Send("Usage: |whistory <channel> [lines]|n");
            return;
        }

        var channel = await context.Grains.GetGrain<IChannelDirectoryGrain>(0).FindAsync(words[0]);
        if (channel is null)
        {
            context.Send($"There is no channel called {Text.Markup.Escape(words[0])}.");
            return;
        }

        var history = await context.Grains.GetGrain<IChannelGrain>(channel.Key)
            .GetHistoryAsync(ChannelLocks.MemberOf(context.Account!), Math.Min(count, context.Channels.HistorySize));
        if (history.Refusal is { } refusal)
        {
            context.Send(refusal);
            return;
        }

        context.Send(history.Lines.IsEmpty
            ? $"Nothing has been said on {channel.Name} lately."
            : string.Join('\n', history.Lines.Select(l => $"|x{l.At.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture)}|n {l.Markup}")));
    }
}
