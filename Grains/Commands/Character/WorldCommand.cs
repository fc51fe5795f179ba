using Mud.Accounts;
using Mud.World;

namespace Mud.Commands.Character;

/// <summary>The whole world as data: export it to a file, import one back, or wipe it.</summary>
internal sealed class WorldCommand : Command<ICharacterContext>
{
    public override string Key => "@world";

    public override string Category => "Building";

    public override PermissionLevel Permission => PermissionLevel.Developer;

    public override string Summary => "Export the world to a file, import one, or wipe it.";

    public override string Help => """
        |w@world export|n
        |w@world import <file>|n
        |w@world wipe confirm|n

        |wexport|n writes every room, exit and item (not characters) to a JSON file in the silo's data folder, under
        |wexports/|n, and names the file. |wimport|n replaces the world with such a file: everything not in it is
        destroyed, the rest is made exactly as written; items that characters carried go back to them. |wwipe|n destroys
        every room, exit and item; people stay where they stood, in rooms that are gone until an import.
        See docs/building.md for the file's format.
        """;

    public override async Task ExecuteAsync(ICharacterContext context, string arguments)
    {
        var world = context.Grains.GetGrain<IWorldGrain>(0);
        var parts = arguments.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        switch (parts)
        {
            case ["export"]:
                context.Send($"The world was exported to |wexports/{await world.ExportAsync()}|n.");
                break;
            case ["import", var file]:
                var problem = await world.ImportAsync(file);
                context.Send(problem is null ? $"The world was imported from |w{Text.Markup.Escape(file)}|n." : Text.Markup.Escape(problem));
                break;
            case ["wipe", "confirm"]:
                await world.WipeAsync();
                context.Send("The world was wiped. Import an export to build it again.");
                break;
            case ["wipe"]:
                context.Send("This destroys every room, exit and item. Type |w@world wipe confirm|n if you mean it.");
                break;
            default:
                context.Send("Usage: |w@world export|n, |w@world import <file>|n or |w@world wipe confirm|n.");
                break;
        }
    }
}
