using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Mud.Oob;
using Mud.Sessions;
using Mud.Settings;
using Mud.Storage;

namespace Mud.Channels;

/// <summary>
/// A channel: says each line to every session of every listening account, one push per front end, and as a
/// channel message to the sessions that asked for one. History is written a little after it changes, not at
/// every line.
/// </summary>
[GrainType("channel")]
public sealed partial class ChannelGrain(
    [PersistentState("channel", "store")] IPersistentState<ChannelState> channel,
    IOptions<ChannelOptions> options,
    TimeProvider clock,
    ILogger<ChannelGrain> logger) : Grain, IChannelGrain
{
    private readonly Dictionary<string, ChannelListening> _listeners = new(StringComparer.Ordinal);
    private readonly OutputSender _output = new();
    private IGrainTimer? _historySave;
    private bool _historyUnsaved;

    private ChannelInfo? Info => channel.State.Info;

    public async Task<bool> CreateAsync(ChannelInfo info)
    {
        if (Info is not null)
        {
            return false;
        }

        channel.State = new ChannelState { Info = info };
        await channel.WriteStateAsync();
        return true;
    }

    public async Task DestroyAsync()
    {
        if (Info is not { } info)
        {
            return;
        }

        Broadcast(_listeners.Values, $"|y[{info.Name}] This channel has been destroyed.|n");
        _listeners.Clear();
        _historyUnsaved = false;
        _historySave?.Dispose();
        _historySave = null;
        await channel.ClearStateAsync();
        DeactivateOnIdle();
    }

    public async Task SetPolicyAsync(ChannelPolicy policy)
    {
        if (Info is not { } info)
        {
            return;
        }

        channel.State.Info = info with { Policy = policy };
        await channel.WriteStateAsync();
        var shutOut = _listeners.Values.Where(l => !ChannelLocks.Allows(policy, ChannelRuleKind.Listen, l.Member)).ToList();
        foreach (var listening in shutOut)
        {
            _listeners.Remove(listening.Member.AccountKey);
        }

        Broadcast(shutOut, $"|y[{info.Name}] You can no longer hear this channel.|n");
        KeepAliveWhileHeard();
    }

    public Task ListenAsync(ChannelListening listening)
    {
        if (Info is { } info && ChannelLocks.Allows(info.Policy, ChannelRuleKind.Listen, listening.Member) && !listening.Sessions.IsDefaultOrEmpty)
        {
            _listeners[listening.Member.AccountKey] = listening;
        }
        else
        {
            _listeners.Remove(listening.Member.AccountKey);
        }

        KeepAliveWhileHeard();
        return Task.CompletedTask;
    }

    public Task StopListeningAsync(string accountKey)
    {
        _listeners.Remove(accountKey);
        KeepAliveWhileHeard();
        return Task.CompletedTask;
    }

    public Task<string?> SpeakAsync(ChannelMember speaker, string text, bool pose)
    {
        if (Info is not { } info)
        {
            return Task.FromResult<string?>($"There is no channel called {Text.Markup.Escape(this.GetPrimaryKeyString())}.");
        }

        if (!ChannelLocks.Allows(info.Policy, ChannelRuleKind.Speak, speaker))
        {
            return Task.FromResult<string?>($"You may not speak on {info.Name}.");
        }

        var maximum = options.Value.MaxMessageLength;
        if (text.Length > maximum)
        {
            return Task.FromResult<string?>($"That message is too long: at most {maximum} characters.");
        }

        var said = Text.Markup.Escape(text);
        var line = pose ? $"|c[{info.Name}]|n {speaker.Name} {said}" : $"|c[{info.Name}]|n {speaker.Name}: {said}";
        Broadcast(_listeners.Values, line);
        var message = ChannelMessages.Text(info.Key, speaker.Name, line);
        foreach (var byProtocol in _listeners.Values.SelectMany(l => l.OobListeners.IsDefault ? [] : l.OobListeners).GroupBy(l => l.Protocol))
        {
            _output.Send(byProtocol.Select(l => l.Address), new OobOutput(byProtocol.Key, message));
        }

        Remember(new ChannelLine(clock.GetUtcNow(), speaker.Name, line));
        return Task.FromResult<string?>(null);
    }

    public Task<ChannelHistory> GetHistoryAsync(ChannelMember reader, int count)
    {
        if (Info is not { } info)
        {
            return Task.FromResult(new ChannelHistory($"There is no channel called {Text.Markup.Escape(this.GetPrimaryKeyString())}.", []));
        }

        if (!ChannelLocks.Allows(info.Policy, ChannelRuleKind.Listen, reader))
        {
            return Task.FromResult(new ChannelHistory($"You may not read {info.Name}.", []));
        }

        var history = channel.State.History;
        return Task.FromResult(new ChannelHistory(null, [.. history.Skip(Math.Max(0, history.Count - count))]));
    }

    public Task<int> CountListenersAsync() => Task.FromResult(_listeners.Count);

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => SaveHistoryAsync();

    private void Broadcast(IEnumerable<ChannelListening> listeners, string markup) =>
        _output.Send(listeners.SelectMany(l => l.Sessions), new TextOutput(markup));

    // Listeners live only in memory: the channel must stay while anyone hears it, or its lines would reach nobody.
    private void KeepAliveWhileHeard() => DelayDeactivation(_listeners.Count > 0 ? Timeout.InfiniteTimeSpan : TimeSpan.Zero);

    private void Remember(ChannelLine line)
    {
        var size = options.Value.HistorySize;
        if (size == 0)
        {
            return;
        }

        var history = channel.State.History;
        history.Add(line);
        if (history.Count > size)
        {
            history.RemoveRange(0, history.Count - size);
        }

        _historyUnsaved = true;
        _historySave ??= this.RegisterGrainTimer(
            SaveHistoryOnTimeAsync, new GrainTimerCreationOptions(TimeSpan.FromSeconds(options.Value.HistorySaveSeconds), Timeout.InfiniteTimeSpan));
    }

    private async Task SaveHistoryOnTimeAsync(CancellationToken cancellation)
    {
        // A one-shot timer, disposed once its write is done: disposing it first would cancel this very write.
        var timer = _historySave;
        _historySave = null;
        try
        {
            await SaveHistoryAsync();
        }
        catch (Exception failure) when (StorageFailures.IsStorageFailure(failure))
        {
            LogHistoryNotSaved(logger, this.GetPrimaryKeyString(), failure.Message);
            _historySave ??= this.RegisterGrainTimer(
                SaveHistoryOnTimeAsync, new GrainTimerCreationOptions(TimeSpan.FromSeconds(options.Value.HistorySaveSeconds), Timeout.InfiniteTimeSpan));
        }
        finally
        {
            timer?.Dispose();
        }
    }

    private async Task SaveHistoryAsync()
    {
        if (!_historyUnsaved)
        {
            return;
        }

        _historyUnsaved = false;
        try
        {
            await channel.WriteStateAsync();
        }
        catch
        {
            _historyUnsaved = true;
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Channel {Channel}: history not saved, trying again later: {Reason}")]
    private static partial void LogHistoryNotSaved(ILogger logger, string channel, string reason);
}
