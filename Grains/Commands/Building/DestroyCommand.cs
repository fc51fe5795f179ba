using Mud.Accounts;
using Mud.Objects;

namespace Mud.Commands.Building;

internal sealed class DestroyCommand : Command<ICharacterContext>, IConfirmedCharacterCommand
{
    public override string Key => "@destroy";

    public override IReadOnlyList<string> Aliases => ["@delete"];

    public override string Category => "Building";

    public override string Summary => "Destroy an item, an exit or a room for good.";

    public override string Help => """
        |w@destroy <object>|n

        Destroys an item, an exit or a room, after you confirm with |wyes|n. What an item or room held
        lands in the room you stand in. A room's own exits go with it, and exits elsewhere that led to it
        are unlinked. A room with anyone in it, the room new characters start in, and characters are never
        destroyed. Name the object by |w#id|n, |where|n, or its name.
        """;

    public override PermissionLevel Permission => PermissionLevel.Builder;

    public override async Task ExecuteAsync(ICharacterContext context, string arguments)
    {
        if (arguments.Length == 0)
        {
            context.Send("Usage: |w@destroy <object>|n");
            return;
        }

        if (await BuilderTargets.FindAsync(context, arguments) is not { } target || !await MayDestroyAsync(context, target))
        {
            return;
        }

        var held = target.Contents.IsDefaultOrEmpty ? "" : $" It holds {target.Contents.Length} thing{(target.Contents.Length == 1 ? "" : "s")}.";
        context.AskToConfirm($"|rDestroy {target.Kind.ToString().ToLowerInvariant()} {BuilderTargets.Shown(target)} for good?|n{held}", Key, $"{target.Kind}:{target.Id}");
    }

    public async Task ConfirmedAsync(ICharacterContext context, string arguments)
    {
        var colon = arguments.IndexOf(':');
        var target = new ObjectRef(Enum.Parse<ObjectKind>(arguments[..colon]), arguments[(colon + 1)..]);
        var snapshot = await context.ObjectOf(target).GetSnapshotAsync();
        if (snapshot is null)
        {
            context.Send("It is already gone.");
            return;
        }

        // Asked again: someone may have locked it or walked into it while the question was open.
        if (!await MayDestroyAsync(context, snapshot))
        {
            return;
        }

        context.Send(snapshot.Kind == ObjectKind.Room
            ? await ObjectDestroyer.DestroyRoomAsync(context, snapshot)
            : await ObjectDestroyer.DestroyThingAsync(context, snapshot));
    }

    private static async Task<string?> RefusalAsync(ICharacterContext context, ObjectSnapshot target) => target.Kind switch
    {
        ObjectKind.Character => "Characters are not destroyed with |w@destroy|n.",
        ObjectKind.Room when target.Id == context.Location.Key => "You are standing in it: go elsewhere first.",
        ObjectKind.Room when (await context.Grains.GetGrain<World.IWorldGrain>(0).GetStartRoomAsync()).Value == target.Id =>
            "New characters start in that room: it cannot be destroyed.",
        _ => null,
    };

    private static async Task<bool> MayDestroyAsync(ICharacterContext context, ObjectSnapshot target)
    {
        if (await RefusalAsync(context, target) is { } refusal)
        {
            context.Send(refusal);
            return false;
        }

        return BuilderEdits.Allows(context, target, "delete");
    }
}
