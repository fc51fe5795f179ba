using System.Collections.Immutable;
using Mud.Accounts;
using Mud.Objects;
using Mud.Rooms;

namespace Mud.Commands.Building;

internal sealed class CreateCommand : Command<ICharacterContext>
{
    private const string Usage = "Usage: |w@create[/container] <name>[;alias...]|n";

    public override string Key => "@create";

    public override string Category => "Building";

    public override string Summary => "Make a new item, in your hands.";

    public override string Help => """
        |w@create <name>[;alias...]|n
        |w@create/container <name>[;alias...]|n

        Makes a new item with a fresh id and puts it in your inventory. With |w/container|n it can hold
        other things. Describe it with |w@desc|n, give it attributes with |w@set|n, and |wdrop|n it where it belongs.

        Example: |w@create a rusty sword;sword;rusty|n
        """;

    public override PermissionLevel Permission => PermissionLevel.Builder;

    public override async Task ExecuteAsync(ICharacterContext context, string arguments)
    {
        var (switches, rest) = BuildingSyntax.Switches(arguments);
        if (rest.Length == 0 || switches.Any(s => s != "container"))
        {
            context.Send(Usage);
            return;
        }

        var (name, aliases) = BuildingSyntax.Names(rest);
        if (BuildingSyntax.NamesProblem(name, aliases) is { } problem)
        {
            context.Send(Text.Markup.Escape(problem));
            return;
        }

        var seed = new ItemSeed(
            "", name, aliases, "", switches.Contains("container"), ImmutableSortedDictionary<string, AttributeValue>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase),
            [], LockSet.None, [], []);
        var item = await BuilderEdits.MakeItemAsync(context, seed, context.Self);
        context.Send($"You create {BuilderTargets.Shown(item)}. It is in your hands.");
    }
}
