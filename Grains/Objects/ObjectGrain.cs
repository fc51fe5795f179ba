using System.Collections.Immutable;
using Mud.Objects.Behaviours;
using Mud.Objects.Locks;

namespace Mud.Objects;

/// <summary>
/// An item or exit. Its stored location is the truth about where it is; moves are a compare-and-set of it, stored
/// before they return, so a hand-over cut short by a failure is finished by running it again, never doubled.
/// </summary>
[GrainType("object")]
public sealed partial class ObjectGrain(
    [PersistentState("object", "store")] IPersistentState<ObjectState> stored,
    BehaviourCatalog behaviours) : Grain, IObjectGrain
{
    private readonly Storage.QueuedWrites<ObjectState> _writes = new(stored);

    private string Id => this.GetPrimaryKeyString();

    private ObjectState State => stored.State;

    private ObjectSnapshot Snapshot => new(
        Id,
        State.Kind,
        State.Name,
        State.Core.AliasList,
        State.Description,
        State.Core.AttributeMap,
        State.Core.TagList,
        State.Core.LockSet,
        State.Location,
        [.. State.Contents],
        State.Destination,
        State.IsContainer,
        State.Core.BehaviourList,
        State.Prototype);

    public async Task<ObjectSnapshot> DefineAsync(ObjectSnapshot definition)
    {
        stored.State = new ObjectState
        {
            Kind = definition.Kind,
            Name = definition.Name,
            Description = definition.Description,
            Location = definition.Location,
            Destination = definition.Destination,
            IsContainer = definition.IsContainer,
            Prototype = definition.Prototype,
            Core = ObjectCore.From(definition),
            Contents = [.. definition.Contents.IsDefault ? [] : definition.Contents],
        };
        await _writes.WriteAsync();
        return Snapshot;
    }

    public Task<ObjectSnapshot?> GetSnapshotAsync() => Task.FromResult(stored.RecordExists ? Snapshot : null);

    public Task<ObjectRef?> GetLocationAsync() => Task.FromResult(stored.RecordExists ? State.Location : null);

    public async Task<EditResult> EditAsync(ObjectEdit edit)
    {
        if (!stored.RecordExists)
        {
            return EditResult.Refused("That object no longer exists.");
        }

        var problem = edit switch
        {
            Rename rename => ObjectNames.NameProblem(rename.Name) ?? State.Core.Apply(rename) ?? SetName(rename.Name),
            Describe describe => ObjectNames.DescriptionProblem(describe.Description) ?? SetDescription(describe.Description),
            Relink relink => State.Kind == ObjectKind.Exit ? SetDestination(relink.Destination) : "Only exits lead somewhere.",
            SetArea => "Only rooms have an area.",
            SetBehaviour { Attached: true } attach when !behaviours.Exists(attach.Behaviour) =>
                $"There is no behaviour '{attach.Behaviour}'. Known: {string.Join(", ", behaviours.Names)}.",
            _ => State.Core.Apply(edit),
        };
        if (problem is not null)
        {
            return EditResult.Refused(problem);
        }

        await _writes.WriteAsync();

        // An edit may change what a behaviour reads (its interval, a door's state): each starts its wait again.
        if (edit is SetBehaviour || State.Core.Behaviours.Count > 0)
        {
            RestartBehaviours();
        }

        return EditResult.Done(Snapshot);
    }

    public async Task<MoveResult> MoveAsync(ObjectMove move)
    {
        if (!stored.RecordExists)
        {
            return new(null, MoveRefusal.Gone, "It is gone.");
        }

        if (State.Location == move.To)
        {
            return new(Snapshot.Summary);
        }

        if (State.Location != move.From)
        {
            return new(null, MoveRefusal.NotThere, $"{State.Name} is not there any more.");
        }

        if (move.By is { } mover && !Locks.Locks.Allows(State.Kind, State.Core.LockSet, move.Access, mover))
        {
            var custom = State.Core.Attributes.GetValueOrDefault($"{move.Access}_failmsg")?.Text;
            return new(null, MoveRefusal.Locked, custom ?? Locks.Locks.Refusal(move.Access, State.Name));
        }

        State.Location = move.To;
        await _writes.WriteAsync();
        return new(Snapshot.Summary);
    }

    public async Task<ObjectSnapshot?> DestroyAsync()
    {
        if (!stored.RecordExists)
        {
            return null;
        }

        var last = Snapshot;
        StopBehaviours();
        await _writes.ClearAsync();
        DeactivateOnIdle();
        return last;
    }

    public async Task AddContentAsync(ObjectSummary content)
    {
        if (HeldContents.Put(State.Contents, content))
        {
            await _writes.WriteAsync();
        }
    }

    public async Task RemoveContentAsync(string id)
    {
        if (State.Contents.RemoveAll(c => c.Id == id) > 0)
        {
            await _writes.WriteAsync();
        }
    }

    public Task<ImmutableArray<ObjectSummary>> GetContentsAsync() => Task.FromResult<ImmutableArray<ObjectSummary>>([.. State.Contents]);

    private string? SetName(string name)
    {
        State.Name = name.Trim();
        return null;
    }

    private string? SetDescription(string description)
    {
        State.Description = Text.Markup.SanitizeInput(description);
        return null;
    }

    private string? SetDestination(string? destination)
    {
        State.Destination = destination;
        return null;
    }
}
