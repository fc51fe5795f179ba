using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Mud.Objects;
using Mud.Rooms;

namespace Mud.World;

/// <summary>
/// The world as a file: every room (definition, scenery, object fields, contents in order) and every exit and item, in a
/// stable order so that exporting the same world twice gives the same bytes. <see cref="Format"/> versions the layout.
/// </summary>
public sealed record WorldExport(int Format, string StartRoom, ImmutableArray<RoomRecord> Rooms, ImmutableArray<ObjectSnapshot> Objects)
{
    public const int CurrentFormat = 1;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads an export, or explains why it cannot be read.</summary>
    public static (WorldExport? Export, string? Problem) Parse(string json)
    {
        try
        {
            var export = JsonSerializer.Deserialize<WorldExport>(json, Json);
            return export is null ? (null, "The file is empty.")
                : export.Format != CurrentFormat ? (null, $"The file is export format {export.Format}; this game reads format {CurrentFormat}.")
                : export.Rooms.IsDefault || export.Objects.IsDefault ? (null, "The file has no rooms or objects list.")
                : (export, null);
        }
        catch (JsonException problem)
        {
            return (null, $"Not a world export: {problem.Message}");
        }
    }

    /// <summary>What would make importing this export leave the world broken; empty when it is sound.</summary>
    public IEnumerable<string> Problems(Func<string, bool> characterExists)
    {
        var rooms = Rooms.Select(r => r.Definition.Id.Value).ToHashSet(StringComparer.Ordinal);
        var objects = Objects.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        if (rooms.Count != Rooms.Length || objects.Count != Objects.Length)
        {
            yield return "a room or object id is used twice";
        }

        if (!rooms.Contains(StartRoom))
        {
            yield return $"the start room '{StartRoom}' is not one of its rooms";
        }

        foreach (var thing in Objects)
        {
            if (thing.Kind is not (ObjectKind.Item or ObjectKind.Exit))
            {
                yield return $"object {thing.Id} is a {thing.Kind}; only items and exits are objects in an export";
            }

            var placed = thing.Location switch
            {
                { Kind: ObjectKind.Room } room => rooms.Contains(room.Key),
                { Kind: ObjectKind.Item } container => objects.Contains(container.Key),
                { Kind: ObjectKind.Character } character => characterExists(character.Key),
                _ => false,
            };
            if (!placed)
            {
                yield return $"object {thing.Id} ({thing.Name}) is in {thing.Location?.ToString() ?? "nowhere"}, which is not in the file or the game";
            }

            if (thing.Destination is { } destination && !rooms.Contains(destination))
            {
                yield return $"exit {thing.Id} ({thing.Name}) leads to '{destination}', which is not one of its rooms";
            }

            foreach (var (access, expression) in thing.Locks.ByAccess)
            {
                if (Mud.Objects.Locks.Locks.Problem(expression) is { } problem)
                {
                    yield return $"object {thing.Id} has a bad {access} lock: {problem}";
                }
            }
        }
    }
}
