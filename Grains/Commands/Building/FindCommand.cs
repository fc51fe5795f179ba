using Mud.Accounts;
using Mud.Objects;

namespace Mud.Commands.Building;

internal sealed class FindCommand : Command<ICharacterContext>
{
    private const int Limit = 20;

    public override string Key => "@find";

    public override IReadOnlyList<string> Aliases => ["@locate"];

    public override string Category => "Building";

    public override string Summary => "Find rooms, exits and items anywhere by name or id.";

    public override string Help => """
        |w@find <name or #id>|n

        Searches every room, exit and item in the world: exact names first, then names that start with
        what you typed, then names that contain it. Shows each one's kind, id, name and place (a room's
        area, an exit's destination, where an item is).

        Example: |w@find sword|n
        """;

    public override PermissionLevel Permission => PermissionLevel.Builder;

    public override async Task ExecuteAsync(ICharacterContext context, string arguments)
    {
        if (arguments.Length == 0)
        {
            context.Send("Usage: |w@find <name or #id>|n");
            return;
        }

        var found = await BuilderTargets.Directory(context).FindAsync(arguments, null, Limit + 1);
        if (found.IsEmpty)
        {
            context.Send($"Nothing is called '{Text.Markup.Escape(arguments)}'.");
            return;
        }

        var lines = new List<string>();
        foreach (var entry in found.Take(Limit))
        {
            lines.Add($"  {Text.Markup.Escape(entry.Ref.Key),-16} {entry.Ref.Kind.ToString().ToLowerInvariant(),-5} {Text.Markup.Escape(entry.Name)}{await PlaceAsync(context, entry)}");
        }

        var more = found.Length > Limit ? $"\n(only the first {Limit}: be more precise)" : "";
        context.Send($"Found:\n{string.Join('\n', lines)}{more}");
    }

    private static async Task<string> PlaceAsync(ICharacterContext context, DirectoryEntry entry) => entry.Ref.Kind switch
    {
        ObjectKind.Room => $" (area {Text.Markup.Escape(entry.Place)})",
        ObjectKind.Exit => entry.Place.Length == 0 ? " (leads nowhere)" : $" (to {Text.Markup.Escape(entry.Place)})",
        _ => await context.Grains.GetGrain<IObjectGrain>(entry.Ref.Key).GetLocationAsync() is { } where ? $" (in {Text.Markup.Escape(where.ToString())})" : "",
    };
}
