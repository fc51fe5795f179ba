using System.Collections.Immutable;
using Microsoft.Extensions.Options;
using Mud.Accounts;
using Mud.Characters.Creation;
using Mud.Commands;
using Mud.Commands.Character;
using Mud.Objects;
using Mud.Objects.Locks;
using Mud.Rooms;
using Mud.Sessions;
using Mud.Settings;
using Mud.World;

namespace Mud.Characters;

/// <summary>
/// Character commands run here, one at a time per character, next to the state they change.
/// The sessions puppeting the character are held in memory; they re-attach after a silo restart.
/// </summary>
[GrainType("character")]
public sealed partial class CharacterGrain(
    [PersistentState("character", "store")] IPersistentState<CharacterState> character,
    CreationRules rules,
    WorldContent content,
    IOptions<GameOptions> game,
    IOptions<VitalsOptions> vitals,
    TimeProvider clock) : Grain, ICharacterGrain, ICharacterContext
{
    private readonly List<SessionAddress> _sessions = [];
    private readonly OutputSender _output = new();
    private readonly KeptReference<IRoomGrain> _room = new();
    private readonly Storage.QueuedWrites<CharacterState> _writes = new(character);
    private bool _inWorld;

    // Set while the character stands in the world link-dead, waiting for its player to reconnect.
    private IGrainTimer? _linkDeadTimer;

    public IGrainFactory Grains => GrainFactory;

    public WorldContent Content => content;

    public string Name => character.State.Name;

    public string Key => this.GetPrimaryKeyString();

    public IRoomGrain Room => _room.Get(character.State.Location, GrainFactory, static (location, grains) => grains.GetGrain<IRoomGrain>(location));

    private IPersistentState<CharacterState> Stored => character;

    public async Task<bool> CreateAsync(CharacterCreation creation)
    {
        if (character.RecordExists)
        {
            return false;
        }

        character.State = new CharacterState
        {
            Name = creation.Name,
            AccountName = creation.AccountName,
            Description = creation.Description,
            Location = creation.StartRoom.Value,
            Race = creation.Race,
            Class = creation.Class,
            Stats = creation.Stats is { } stats ? new Dictionary<string, int>(stats) : [],
            CreatedAt = clock.GetUtcNow(),
        };
        await _writes.WriteAsync();
        return true;
    }

    public Task<CharacterInfo?> GetInfoAsync() => Task.FromResult(character.RecordExists
        ? new CharacterInfo(Name, character.State.AccountName, character.State.Description, new RoomId(character.State.Location), _inWorld)
        : null);

    public async Task<CharacterProfile?> GetProfileAsync() => await GetInfoAsync() is { } info
        ? new CharacterProfile(info, character.State.Race, character.State.Class, character.State.Stats.ToImmutableDictionary(), character.State.CreatedAt)
        : null;

    public async Task<string?> SetDescriptionAsync(string description)
    {
        if (!character.RecordExists)
        {
            return "There is no such character.";
        }

        if (rules.DescriptionProblem(description) is { } problem)
        {
            return problem;
        }

        character.State.Description = rules.DescriptionToStore(description);
        await _writes.WriteAsync();
        return null;
    }

    public async Task AttachSessionAsync(SessionAddress session, bool resuming, string? lead = null)
    {
        _sessions.RemoveAll(s => s.SessionId == session.SessionId);
        _sessions.Add(session);
        if (_linkDeadTimer is not null)
        {
            _linkDeadTimer.Dispose();
            _linkDeadTimer = null;
            await Room.UpdateOccupantAsync(Occupant);
            await Room.BroadcastAsync($"{Name} wakes up: the link is back.", Key);
        }
        else if (_inWorld)
        {
            await Room.UpdateOccupantAsync(Occupant);
            if (resuming)
            {
                // The presence list is in memory too: it may have been on a silo that died.
                await GrainFactory.GetGrain<IPresenceGrain>(0).ArriveAsync(new OnlineCharacter(Name, clock.GetUtcNow()));
            }
        }
        else
        {
            await EnterWorldAsync(announce: !resuming);
        }

        if (!resuming)
        {
            // One push, so nothing can come between taking the character and seeing where it stands.
            var look = RoomText.Describe(await Room.LookAsync(Key));
            string[] lines = lead is null ? [$"You become |w{Name}|n.", look] : [lead, $"You become |w{Name}|n.", look];
            _output.Send(session, lines.Select(line => new TextOutput(line)));
        }
    }

    public async Task DetachSessionAsync(string sessionId, SessionEnd end)
    {
        if (_sessions.RemoveAll(s => s.SessionId == sessionId) == 0)
        {
            return;
        }

        ForgetWatcher(sessionId);

        var grace = TimeSpan.FromSeconds(game.Value.LinkDeadGraceSeconds);
        if (_sessions.Count > 0 || (end == SessionEnd.LinkLost && grace > TimeSpan.Zero))
        {
            await Room.UpdateOccupantAsync(Occupant);
        }

        if (_sessions.Count > 0)
        {
            return;
        }

        if (end == SessionEnd.LinkLost && grace > TimeSpan.Zero)
        {
            await Room.BroadcastAsync($"{Name} falls still, staring into nothing: the link is lost.", Key);
            _linkDeadTimer = this.RegisterGrainTimer(LeaveWorldAsync, new GrainTimerCreationOptions(grace, Timeout.InfiniteTimeSpan));
            return;
        }

        await LeaveWorldAsync(CancellationToken.None);
    }

    public async Task<bool> DeleteAsync()
    {
        if (_inWorld)
        {
            return false;
        }

        await _writes.ClearAsync();
        DeactivateOnIdle();
        return true;
    }

    public Task<ImmutableArray<SessionOutput>> ExecuteAsync(SessionAddress session, string verb, string arguments, PermissionLevel level) =>
        _output.ReplyAsync(session, () => RunCommandAsync(session, verb, arguments, level));

    private async Task RunCommandAsync(SessionAddress session, string verb, string arguments, PermissionLevel level)
    {
        if (!_sessions.Contains(session))
        {
            // This activation lost track of the session (it was rebuilt after a failure): take it back quietly.
            await AttachSessionAsync(session, resuming: true);
        }

        Level = level;
        _commandSessionId = session.SessionId;
        if (TakeConfirmation(session) is { } pending)
        {
            await AnswerConfirmationAsync(pending, verb, arguments);
            return;
        }

        var command = CommandCatalog.Character.Find(verb);

        if (command is not null && command.Permission > level)
        {
            Send($"Only {command.Permission} and above may use |w{command.Key}|n.");
            return;
        }

        if (command is not null)
        {
            await command.ExecuteAsync(this, arguments);
            return;
        }

        // Not a command: perhaps the name of an exit, such as "gate".
        var exit = await Room.FindExitAsync(verb);
        if (exit is not null)
        {
            await MoveAsync(exit);
            return;
        }

        Send(CommandSuggestions.UnknownCommandMessage(verb, CommandCatalog.Character.Commands.Concat<ICommandInfo>(CommandCatalog.Account.Commands).Where(c => c.Permission <= level)));
    }

    public void Send(string markup) => _output.Send(_sessions, new TextOutput(markup));

    public async Task MoveAsync(ObjectSummary exit)
    {
        if (exit.Destination is null)
        {
            Send($"{exit.Name} leads nowhere: it is not linked to any room.");
            return;
        }

        if (Doors.IsClosed(exit))
        {
            Send($"The way {exit.Name} is closed. (|wopen {exit.Name}|n)");
            return;
        }

        if (!Locks.Allows(ObjectKind.Exit, exit.Locks, "traverse", Accessor))
        {
            Send(Locks.Refusal("traverse", exit.Name));
            await Room.BroadcastAsync($"{Name} tries to go {exit.Name}, but cannot.", Key);
            return;
        }

        await RelocateAsync(new RoomId(exit.Destination), $"{Name} leaves {exit.Name}.", Direction.ArrivalPhrase(exit.Name) is { } from ? $"{Name} arrives {from}." : $"{Name} arrives.");
    }

    public async Task<bool> TeleportAsync(RoomId destination, string departure, string arrival)
    {
        if (!character.RecordExists)
        {
            return false;
        }

        if (!_inWorld)
        {
            // Not in the world: it will simply be there next time it comes in.
            character.State.Location = destination.Value;
            await _writes.WriteAsync();
            return true;
        }

        return await RelocateAsync(destination, departure, arrival);
    }

    private async Task<bool> RelocateAsync(RoomId to, string departure, string arrival)
    {
        var destination = GrainFactory.GetGrain<IRoomGrain>(to.Value);
        if (!await destination.ExistsAsync())
        {
            Send("That way is blocked: the place beyond has not been built yet.");
            return false;
        }

        // Saved before anyone sees the move: if the database is away the move fails whole and the character stays.
        var origin = Room;
        var originKey = character.State.Location;
        character.State.Location = to.Value;
        try
        {
            await _writes.WriteAsync();
        }
        catch
        {
            character.State.Location = originKey;
            throw;
        }

        await origin.LeaveAsync(Key, departure);
        var view = await destination.EnterAsync(Occupant, arrival);
        Send(RoomText.Describe(view));
        ReportToWatchers();
        return true;
    }

    public async Task LookAroundAsync() => Send(RoomText.Describe(await Room.LookAsync(Key)));

    private Occupant Occupant => new(Key, Name, [.. _sessions], ChannelListeners, RoomListeners);

    private async Task EnterWorldAsync(bool announce)
    {
        if (!await Room.ExistsAsync())
        {
            // The room was removed while the character was away: start over at the beginning.
            character.State.Location = (await GrainFactory.GetGrain<IWorldGrain>(0).GetStartRoomAsync()).Value;
            await _writes.WriteAsync();
        }

        await Room.EnterAsync(Occupant, announce ? $"{Name} has entered the game." : null);
        await GrainFactory.GetGrain<IPresenceGrain>(0).ArriveAsync(new OnlineCharacter(Name, clock.GetUtcNow()));
        _inWorld = true;
        DelayDeactivation(Timeout.InfiniteTimeSpan);
        StartRegeneration();
    }

    private async Task LeaveWorldAsync(CancellationToken cancellation)
    {
        _linkDeadTimer?.Dispose();
        _linkDeadTimer = null;
        _inWorld = false;
        await StopRegenerationAsync();
        await Room.LeaveAsync(Key, $"{Name} has left the game.");
        await GrainFactory.GetGrain<IPresenceGrain>(0).DepartAsync(Name);
        DelayDeactivation(TimeSpan.Zero);
    }
}
