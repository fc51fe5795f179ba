using Mud.Accounts;

namespace Mud.Commands.Building;

internal sealed class OpenCommand : Command<ICharacterContext>
{
    public override string Key => "@open";

    public override string Category => "Building";

    public override string Summary => "Make an exit from here to a room.";

    public override string Help => """
        |w@open <exit>[;aliases] = <room>|n

        Makes an exit in the room you stand in, leading to a room named by its id (|w#12|n,
        |wvillage-square|n) or its name. Exits lead one way: open one back from the other side too.

        Example: |w@open north;n = #12|n
        """;

    public override PermissionLevel Permission => PermissionLevel.Builder;

    public override async Task ExecuteAsync(ICharacterContext context, string arguments)
    {
        if (BuildingSyntax.Assignment(arguments) is not var (exitPart, roomPart) || exitPart.Length == 0 || roomPart.Length == 0)
        {
            context.Send("Usage: |w@open <exit>[;aliases] = <room>|n");
            return;
        }

        var (name, aliases) = BuildingSyntax.Names(exitPart);
        if (BuildingSyntax.NamesProblem(name, aliases) is { } problem)
        {
            context.Send(Text.Markup.Escape(problem));
            return;
        }

        if (await context.Room.FindExitAsync(name) is { } clash)
        {
            context.Send($"There is already an exit called {Text.Markup.Escape(clash.Name)} here ({Text.Markup.Escape(clash.Id)}).");
            return;
        }

        if (await context.Room.GetSnapshotAsync() is not { } here || !BuilderEdits.Allows(context, here, "edit"))
        {
            return;
        }

        if (await BuilderTargets.FindRoomAsync(context, roomPart) is not { } destination)
        {
            return;
        }

        var id = (await BuilderTargets.Directory(context).NewIdsAsync(1))[0];
        var exit = await BuilderEdits.MakeExitAsync(context, id, name, aliases, context.Location, destination.Ref.Key);
        context.Send($"You open {BuilderTargets.Shown(exit)} from here to {BuilderTargets.Shown(destination)}.");
    }
}
