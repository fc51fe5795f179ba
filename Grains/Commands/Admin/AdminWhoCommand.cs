using Mud.Accounts;

namespace Mud.Commands.Admin;

internal sealed class AdminWhoCommand : Command<ISessionContext>
{
    public override string Key => "@who";

    public override string Category => "Administration";

    public override string Summary => "List every connection, with addresses and idle times.";

    public override string Help => """
        |w@who|n

        Every open connection, logged in or not: the account and character, the address it comes from, the
        protocol, how long it has been connected and how long since it last typed.
        """;

    public override PermissionLevel Permission => PermissionLevel.Admin;

    public override async Task ExecuteAsync(ISessionContext context, string arguments)
    {
        if (arguments.Length > 0)
        {
            context.Send("Usage: |w@who|n");
            return;
        }

        var answer = await AdminSyntax.Admin(context).GetSessionsAsync(AdminSyntax.Actor(context));
        if (answer.Refusal is { } refusal)
        {
            context.Send(refusal);
            return;
        }

        var now = context.Clock.GetUtcNow();
        var lines = answer.Value.Select(s =>
            $"  {Cell(s.Account ?? "(login)", 16)} {Cell(s.Puppet ?? "-", 16)} {Cell(s.RemoteAddress, 39)} {Cell(s.Protocol, 9)} {Cell(Durations.Short(now - s.ConnectedAt), 8)} {Durations.Short(now - s.LastInputAt)}");
        var count = answer.Value.Length == 1 ? "One connection" : $"{answer.Value.Length} connections";
        context.Send($"{count}:\n  |w{"Account",-16} {"Character",-16} {"Address",-39} {"Protocol",-9} {"On for",-8} Idle|n\n{string.Join('\n', lines)}");
    }

    private static string Cell(string text, int width) => Text.Markup.Escape(text.Length > width ? text[..width] : text.PadRight(width));
}
