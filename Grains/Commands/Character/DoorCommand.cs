using Mud.Objects;
using Mud.Objects.Locks;

namespace Mud.Commands.Character;

/// <summary><c>open</c> and <c>close</c>: one class, two instances, since they differ only in which way the door swings.</summary>
internal sealed class DoorCommand(bool close) : Command<ICharacterContext>
{
    public override string Key => close ? "close" : "open";

    public override IReadOnlyList<string> Aliases => close ? ["shut"] : [];

    public override string Category => "Moving and looking";

    public override string Summary => close ? "Close a door." : "Open a door.";

    public override string Help => $"""
        |w{Key} <exit>|n

        {(close ? "Closes" : "Opens")} the door on a way out of here, e.g. |w{Key} down|n; its other side {(close ? "closes" : "opens")}
        with it. A closed door shows as |w(closed)|n in the list of exits, and nobody walks through it until it is
        opened. Some doors need a key to open or close (the exit's |wopen|n lock), and some shut by themselves.
        """;

    public override async Task ExecuteAsync(ICharacterContext context, string arguments)
    {
        if (arguments.Length == 0)
        {
            context.Send($"Usage: |w{Key} <exit>|n, e.g. |w{Key} north|n.");
            return;
        }

        if (await context.Room.FindExitAsync(arguments) is not { } exit)
        {
            context.Send($"There is no way '{Text.Markup.Escape(arguments)}' out of here.");
            return;
        }

        if (!Doors.IsDoor(exit))
        {
            context.Send($"There is no door on the way {exit.Name}.");
            return;
        }

        if (Doors.IsClosed(exit) == close)
        {
            context.Send($"The way {exit.Name} is already {(close ? "closed" : "open")}.");
            return;
        }

        // One lock for both ways, as one key locks and unlocks.
        if (!Locks.Allows(ObjectKind.Exit, exit.Locks, "open", context.Accessor))
        {
            context.Send(Locks.Refusal(Key, $"the way {exit.Name}"));
            await context.Room.BroadcastAsync($"{context.Name} tries to {Key} the way {exit.Name}, but cannot.", context.Key);
            return;
        }

        await Doors.SwingAsync(context.Grains, exit, context.Location.Key, close, context.Grains.GetGrain<IObjectGrain>(exit.Id).EditAsync);
        context.Send($"You {Key} the way {exit.Name}.");
        await context.Room.BroadcastAsync($"{context.Name} {Key}s the way {exit.Name}.", context.Key);
    }
}
