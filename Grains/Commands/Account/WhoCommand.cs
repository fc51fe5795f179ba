using Mud.Characters;

namespace Mud.Commands.Account;

internal sealed class WhoCommand : Command<ISessionContext>
{
    public override string Key => "who";

    public override string Category => "General";

    public override string Summary => "List the characters in the game.";

    public override string Help => """
        |wwho|n

        Lists everyone in the game now, how long they have been on, how long since they last typed (from a
        minute on), and who is away from the keyboard (|wafk|n).
        """;

    public override async Task ExecuteAsync(ISessionContext context, string arguments)
    {
        var online = await context.Grains.GetGrain<IPresenceGrain>(0).GetOnlineAsync();
        if (online.Length == 0)
        {
            context.Send("Nobody is in the game right now.");
            return;
        }

        var now = context.Clock.GetUtcNow();
        var lines = online.Select(o => $"  |w{o.Name,-20}|n on for {Durations.Short(now - o.Since)}{Idle(now - o.LastActive)}{Away(o.Away)}");
        var count = online.Length == 1 ? "One player is" : $"{online.Length} players are";
        context.Send($"{count} in the game:\n{string.Join('\n', lines)}");
    }

    private static string Idle(TimeSpan idle) => idle >= TimeSpan.FromMinutes(1) ? $", idle {Durations.Short(idle)}" : "";

    private static string Away(string? message) => message is null ? "" : $" |y(AFK: {Text.Markup.Escape(message)})|n";
}
