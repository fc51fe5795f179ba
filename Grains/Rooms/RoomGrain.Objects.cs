using System.Collections.Immutable;
using Mud.Objects;

namespace Mud.Rooms;

/// <summary>The room as an object: builders' edits, and the exits and items it holds.</summary>
public sealed partial class RoomGrain
{
    public Task<ObjectSnapshot?> GetSnapshotAsync()
    {
        if (room.State.Definition is not { } definition)
        {
            return Task.FromResult<ObjectSnapshot?>(null);
        }

        var core = room.State.Core;
        return Task.FromResult<ObjectSnapshot?>(new ObjectSnapshot(
            definition.Id.Value,
            ObjectKind.Room,
            definition.Name,
            core.AliasList,
            definition.Description,
            core.AttributeMap,
            core.TagList,
            core.LockSet,
            null,
            [.. room.State.Contents],
            Behaviours: core.BehaviourList,
            Area: definition.Area));
    }

    public async Task<RoomRecord?> GetRecordAsync() =>
        room.State.Definition is { } definition && await GetSnapshotAsync() is { } snapshot ? new RoomRecord(definition, snapshot) : null;

    public async Task ReplaceAsync(RoomRecord record)
    {
        room.State.Definition = record.Definition with { Exits = [], Items = [] };
        room.State.Core = ObjectCore.From(record.Object);
        room.State.Contents = [.. record.Object.Contents];
        await SaveAsync();
    }

    public async Task<EditResult> EditAsync(ObjectEdit edit)
    {
        if (room.State.Definition is not { } definition)
        {
            return EditResult.Refused("That room has not been built.");
        }

        var problem = edit switch
        {
            Rename rename => ObjectNames.NameProblem(rename.Name) ?? room.State.Core.Apply(rename) ?? Redefine(definition with { Name = rename.Name.Trim() }),
            Describe describe => ObjectNames.DescriptionProblem(describe.Description) ?? Redefine(definition with { Description = Text.Markup.SanitizeInput(describe.Description) }),
            SetArea area => ObjectNames.NameProblem(area.Area) ?? Redefine(definition with { Area = area.Area.Trim() }),
            SetBehaviour => "Rooms do not take behaviours; attach them to objects in the room.",
            Relink => "Only exits lead somewhere.",
            _ => room.State.Core.Apply(edit),
        };
        if (problem is not null)
        {
            return EditResult.Refused(problem);
        }

        await SaveAsync();
        return EditResult.Done((await GetSnapshotAsync())!);
    }

    public async Task AddContentAsync(ObjectSummary content)
    {
        var isNew = !room.State.Contents.Exists(c => c.Id == content.Id);
        if (!HeldContents.Put(room.State.Contents, content))
        {
            return;
        }

        await SaveAsync();
        ReportItemHere(content, isNew);
        if (content.HasBehaviours && _occupants.Count > 0)
        {
            GrainFactory.GetGrain<IObjectGrain>(content.Id).WakeAsync().Ignore();
        }
    }

    public async Task RemoveContentAsync(string id)
    {
        if (room.State.Contents.Find(c => c.Id == id) is { } removed)
        {
            room.State.Contents.Remove(removed);
            await SaveAsync();
            ReportItemGone(removed);
        }
    }

    public Task<ImmutableArray<ObjectSummary>> GetContentsAsync() => Task.FromResult<ImmutableArray<ObjectSummary>>([.. room.State.Contents]);

    public async Task<ImmutableArray<ObjectSummary>?> DestroyAsync(bool evenIfOccupied = false)
    {
        if (_occupants.Count > 0 && !evenIfOccupied)
        {
            return null;
        }

        ImmutableArray<ObjectSummary> contents = [.. room.State.Contents];
        await ClearAsync();
        if (_occupants.Count == 0)
        {
            DeactivateOnIdle();
        }

        return contents;
    }

    private string? Redefine(RoomDefinition definition)
    {
        room.State.Definition = definition;
        return null;
    }
}
