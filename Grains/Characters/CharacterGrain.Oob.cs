using System.Collections.Immutable;
using Mud.Oob;
using Mud.Rooms;
using Mud.Sessions;
using Mud.Settings;
using Mud.Storage;

namespace Mud.Characters;

/// <summary>
/// Vitals and out-of-band watchers: regeneration while in the world and hurt, changes stored and pushed to the
/// sessions' subscription grains that asked (never polled), and talk as channel messages.
/// </summary>
public sealed partial class CharacterGrain
{
    // In memory, like the sessions: subscription grains re-register when their sessions resume after a silo restart.
    private readonly Dictionary<string, OobWatch> _watches = new(StringComparer.Ordinal);
    private IGrainTimer? _regeneration;
    private IGrainTimer? _vitalsSave;

    /// <summary>Vitals are not written at each change but within <see cref="VitalsOptions.SaveSeconds"/> (see there).</summary>
    private bool _vitalsUnsaved;

    public Vitals Vitals => Stored.State.Vitals ??= VitalsRules.Starting;

    private CharacterReport Report => new(Name, new RoomId(Stored.State.Location), Vitals, [.. Stored.State.Inventory]);

    private ImmutableArray<ChannelListener> ChannelListeners =>
    [
        .. _watches.Values
            .Where(w => w.Channels is not null && _sessions.Exists(s => s.SessionId == w.SessionId))
            .Select(w => new ChannelListener(w.Address, w.Channels!.Value)),
    ];

    private ImmutableArray<RoomListener> RoomListeners =>
    [
        .. _watches.Values
            .Where(w => w.Room is not null && _sessions.Exists(s => s.SessionId == w.SessionId))
            .Select(w => new RoomListener(w.Address, w.Room!)),
    ];

    /// <summary>What the room is told of the sessions' out-of-band wishes, to see whether it must be told again.</summary>
    private (ImmutableArray<ChannelListener> Channels, ImmutableArray<RoomListener> Room) Listeners => (ChannelListeners, RoomListeners);

    public async Task<CharacterReport?> WatchAsync(OobWatch watch)
    {
        if (!Stored.RecordExists)
        {
            return null;
        }

        var listenersBefore = Listeners;
        _watches[watch.SessionId] = watch;
        await UpdateListenersAsync(listenersBefore);
        return Report;
    }

    public async Task UnwatchAsync(string sessionId)
    {
        var listenersBefore = Listeners;
        if (_watches.Remove(sessionId))
        {
            await UpdateListenersAsync(listenersBefore);
        }
    }

    public Task<CharacterReport?> GetReportAsync() => Task.FromResult(Stored.RecordExists ? Report : null);

    public async Task<Vitals?> AdjustVitalsAsync(int health, int mana) =>
        Stored.RecordExists ? await ChangeVitalsAsync(v => VitalsRules.Adjust(v, health, mana)) : null;

    public Task<Vitals> ChangeVitalsAsync(Func<Vitals, Vitals> change)
    {
        var before = Vitals;
        var after = change(before);
        if (after == before)
        {
            return Task.FromResult(before);
        }

        Stored.State.Vitals = after;
        ReportToWatchers();
        SaveVitalsSoon();
        if (_inWorld)
        {
            StartRegeneration();
        }

        return Task.FromResult(after);
    }

    public void Talk(string channel, string markup)
    {
        Send(markup);
        var listeners = ChannelListeners;
        if (!listeners.IsEmpty)
        {
            var message = ChannelMessages.Text(channel, Name, markup);
            foreach (var byProtocol in listeners.GroupBy(l => l.Protocol))
            {
                _output.Send(byProtocol.Select(l => l.Address), new OobOutput(byProtocol.Key, message));
            }
        }
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        SaveVitalsAsync(cancellationToken);

    /// <summary>Tells every watcher where the character is and how it fares; one one-way call each, none at all when nobody watches.</summary>
    private void ReportToWatchers()
    {
        if (_watches.Count == 0)
        {
            return;
        }

        var report = Report;
        foreach (var sessionId in _watches.Keys)
        {
            GrainFactory.GetGrain<IOobSubscriptionGrain>(sessionId).CharacterChangedAsync(report).Ignore();
        }
    }

    private void ForgetWatcher(string sessionId) => _watches.Remove(sessionId);

    private async Task UpdateListenersAsync((ImmutableArray<ChannelListener> Channels, ImmutableArray<RoomListener> Room) before)
    {
        if (_inWorld && !(before.Channels.SequenceEqual(ChannelListeners) && before.Room.SequenceEqual(RoomListeners)))
        {
            await Room.UpdateOccupantAsync(Occupant);
        }
    }

    // Only while something is missing: ten thousand healthy players idling cost no timer turns at all.
    private void StartRegeneration()
    {
        if (VitalsRules.IsFull(Vitals))
        {
            return;
        }

        if (_regeneration is null)
        {
            var period = TimeSpan.FromSeconds(vitals.Value.RegenerationSeconds);
            _regeneration = this.RegisterGrainTimer(Regenerate, new GrainTimerCreationOptions(period, period));
        }
    }

    private async Task StopRegenerationAsync()
    {
        _regeneration?.Dispose();
        _regeneration = null;
        await SaveVitalsAsync(CancellationToken.None);
    }

    private void SaveVitalsSoon()
    {
        _vitalsUnsaved = true;
        _vitalsSave ??= this.RegisterGrainTimer(
            SaveVitalsOnTimeAsync, new GrainTimerCreationOptions(TimeSpan.FromSeconds(vitals.Value.SaveSeconds), Timeout.InfiniteTimeSpan));
    }

    private async Task SaveVitalsOnTimeAsync(CancellationToken cancellation)
    {
        // A one-shot timer, disposed once its write is done: disposing it first would cancel this very write.
        var timer = _vitalsSave;
        _vitalsSave = null;
        try
        {
            await WriteUnsavedVitalsAsync(cancellation);
        }
        catch (Exception failure) when (StorageFailures.IsStorageFailure(failure))
        {
            SaveVitalsSoon();
        }
        finally
        {
            timer?.Dispose();
        }
    }

    private async Task SaveVitalsAsync(CancellationToken cancellation)
    {
        _vitalsSave?.Dispose();
        _vitalsSave = null;
        await WriteUnsavedVitalsAsync(cancellation);
    }

    private async Task WriteUnsavedVitalsAsync(CancellationToken cancellation)
    {
        if (_vitalsUnsaved && Stored.RecordExists)
        {
            await _writes.WriteAsync(cancellation);
            _vitalsUnsaved = false;
        }
    }

    private Task Regenerate(CancellationToken cancellation)
    {
        var after = VitalsRules.Regenerate(Vitals);
        if (after != Vitals)
        {
            Stored.State.Vitals = after;
            ReportToWatchers();
            SaveVitalsSoon();
        }

        if (VitalsRules.IsFull(after))
        {
            _regeneration?.Dispose();
            _regeneration = null;
        }

        return Task.CompletedTask;
    }
}
