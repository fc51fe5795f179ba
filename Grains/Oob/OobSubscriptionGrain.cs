using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Mud.Accounts;
using Mud.Characters;
using Mud.Rooms;
using Mud.Sessions;
using Mud.Settings;

namespace Mud.Oob;

/// <summary>
/// One session's out-of-band subscriptions. The puppet's character grain pushes each change here; this grain
/// works out which of the session's MSDP variables and GMCP packages changed and pushes just those, in the
/// session's encodings. Scheduled sends run on grain timers that keep the grain alive while they exist.
/// </summary>
[GrainType("oobsubscription")]
public sealed partial class OobSubscriptionGrain(
    [PersistentState("oobsubscription", "store")] IPersistentState<OobSubscriptionState> subscription,
    IOptions<OobOptions> options,
    IOptions<GameOptions> game,
    TimeProvider clock,
    ILogger<OobSubscriptionGrain> logger) : Grain, IOobSubscriptionGrain, IOobRequests
{
    private readonly Dictionary<(OobProtocol, string), IGrainTimer> _timers = [];

    /// <summary>What was last sent for each MSDP variable or GMCP package, so only changes go out. In memory: a new activation sends everything once, which after a restart is the resync a client needs.</summary>
    private readonly Dictionary<(OobProtocol, string), object?> _sent = [];

    private readonly List<SessionOutput> _outbox = [];
    private readonly OutputSender _output = new();
    private OobWatch? _watch;

    /// <summary>The character <see cref="_watch"/> was given to.</summary>
    private string? _watchedKey;
    private CharacterReport? _character;
    private RoomMapInfo? _room;
    private bool _changed;

    /// <summary>Set by a <c>Char.Items.Room</c> request, in its protocol: the room is asked for its items once the request is handled.</summary>
    private OobProtocol? _roomItemsAsked;

    /// <summary>The account last told whether this session wants channel messages, and what it was told.</summary>
    private (string Account, OobProtocol? Protocol)? _toldChannelWish;

    public OobSubscriptionState State => subscription.State;

    public OobFacts Facts => new(game.Value.Name, clock.GetUtcNow(), State.Account, _character, _room);

    private string SessionId => this.GetPrimaryKeyString();

    private SessionAddress? Address => State.PortalObserver.Length == 0
        ? null
        : new SessionAddress(SessionId, GrainFactory.GetGrain<IPortalObserver>(GrainId.Parse(State.PortalObserver)));

    /// <summary>The protocol GMCP packages go out in: JSON for a WebSocket session, else GMCP.</summary>
    private OobProtocol? PackageProtocol =>
        State.Protocols.Speaks(OobProtocol.Json) ? OobProtocol.Json : State.Protocols.Speaks(OobProtocol.Gmcp) ? OobProtocol.Gmcp : null;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var repeat in State.Repeats)
        {
            StartTimer(repeat);
        }

        return Task.CompletedTask;
    }

    public async Task UpdateSessionAsync(OobSession session)
    {
        Adopt(session);

        // Also how a session resumes after a restart: the character may have lost its watchers, so watch again.
        await SettleAsync(rewatch: true);
    }

    public async Task ReceiveAsync(OobSession session, OobProtocol protocol, OobMessage message)
    {
        Adopt(session);
        State.Protocols |= protocol.AsFlag();
        await RefreshUnwatchedFactsAsync();

        if (protocol == OobProtocol.Msdp)
        {
            if (!MsdpRequests.Handle(this, message))
            {
                LogIgnored(logger, SessionId, protocol, message.Name);
            }
        }
        else if (GmcpRequests.Handle(this, protocol, message) is { } refusal)
        {
            // GMCP ignores what it does not know; a JSON client is told, since nothing else would tell it.
            LogIgnored(logger, SessionId, protocol, message.Name);
            if (protocol == OobProtocol.Json)
            {
                Reply(protocol, OobMessage.WithKwargs("error", new OobField("message", OobValue.Of(refusal)), new OobField("name", OobValue.Of(message.Name))));
            }
        }

        await SettleAsync(rewatch: false);
        await ShowAskedRoomItemsAsync();
    }

    public async Task CharacterChangedAsync(CharacterReport report)
    {
        if (_watch is null)
        {
            // This activation is new (the last one was collected while idle): take up the watch from the stored subscriptions.
            await SettleAsync(rewatch: true);
            return;
        }

        await TakeReportAsync(report);
        Push();
        Flush();
    }

    public async Task CloseAsync()
    {
        foreach (var timer in _timers.Values)
        {
            timer.Dispose();
        }

        _timers.Clear();
        await UnwatchAsync();
        if (subscription.RecordExists)
        {
            await subscription.ClearStateAsync();
        }

        DeactivateOnIdle();
    }

    public void Reply(OobProtocol protocol, OobMessage message) => _outbox.Add(new OobOutput(protocol, message));

    public void MarkChanged() => _changed = true;

    public void ShowRoomItems(OobProtocol protocol) => _roomItemsAsked = protocol;

    public void Resend(OobProtocol protocol, string name) => _sent.Remove((protocol, name));

    public string? Repeat(OobProtocol protocol, string name, double seconds)
    {
        var limits = options.Value;
        if (double.IsNaN(seconds) || seconds < limits.MinimumRepeatSeconds || seconds > limits.MaximumRepeatSeconds)
        {
            return $"The interval must be between {limits.MinimumRepeatSeconds} and {limits.MaximumRepeatSeconds} seconds.";
        }

        var existing = State.Repeats.FindIndex(r => r.Protocol == protocol && r.Name == name);
        if (existing < 0 && State.Repeats.Count >= limits.MaxRepeatsPerSession)
        {
            return $"A session may have at most {limits.MaxRepeatsPerSession} scheduled sends.";
        }

        var repeat = new OobRepeat(protocol, name, seconds);
        if (existing >= 0)
        {
            State.Repeats[existing] = repeat;
        }
        else
        {
            State.Repeats.Add(repeat);
        }

        StartTimer(repeat);
        return null;
    }

    public bool Unrepeat(OobProtocol protocol, string name)
    {
        if (_timers.Remove((protocol, name), out var timer))
        {
            timer.Dispose();
        }

        return State.Repeats.RemoveAll(r => r.Protocol == protocol && r.Name == name) > 0;
    }

    private void Adopt(OobSession session)
    {
        var observer = ((GrainReference)session.Address.Portal).GrainId.ToString();
        if (observer != State.PortalObserver || session.Protocols != State.Protocols || session.Account != State.Account || session.Character != State.Character)
        {
            State.PortalObserver = observer;
            State.Protocols = session.Protocols;
            State.Account = session.Account;
            State.Character = session.Character;
            _changed = true;
        }

        if (State.Protocols.Speaks(OobProtocol.Json) && !State.SupportsChosen)
        {
            foreach (var (module, version) in GmcpRequests.JsonDefaults)
            {
                State.Supports[module] = version;
            }

            State.SupportsChosen = true;
            _changed = true;
        }
    }

    /// <summary>After any request or session change: store what changed, watch the right character, push what changed, send replies.</summary>
    private async Task SettleAsync(bool rewatch)
    {
        if (_changed)
        {
            _changed = false;
            await subscription.WriteStateAsync();
        }

        await WatchAsync(rewatch);
        TellAccountChannelWish(rewatch);
        Push();
        Flush();
    }

    /// <summary>
    /// Channels are the account's, so the account (not the puppet) must know whether this session wants their
    /// lines out of band: told on each change, and again when the session resumes, since the account keeps it in memory.
    /// </summary>
    private void TellAccountChannelWish(bool again)
    {
        if (State.Account is not { } account)
        {
            _toldChannelWish = null;
            return;
        }

        OobProtocol? wanted = PackageProtocol is { } protocol && GmcpPackages.IsSupported(State.Supports, GmcpPackages.ChannelModule) ? protocol : null;
        if (!again && _toldChannelWish == (account, wanted))
        {
            return;
        }

        _toldChannelWish = (account, wanted);
        GrainFactory.GetGrain<IAccountGrain>(NameRules.KeyOf(account)).SetChannelListenerAsync(SessionId, wanted).Ignore();
    }

    /// <summary>Watches the puppet while anything subscribed could need it; changes the watch when the puppet or the wish for channel messages changes.</summary>
    private async Task WatchAsync(bool rewatch)
    {
        var wanted = State.Character is not null && (State.MsdpReported.Count > 0 || State.Repeats.Count > 0 || State.Supports.Count > 0) && Address is { } address
            ? new OobWatch(SessionId, address, PackageProtocol is { } p && GmcpPackages.IsSupported(State.Supports, GmcpPackages.ChannelModule) ? p : null, RoomInterest)
            : null;
        if (!rewatch && wanted == _watch && State.Character == _watchedKey)
        {
            return;
        }

        if (_watchedKey != State.Character || wanted is null)
        {
            await UnwatchAsync();
        }

        if (wanted is null || State.Character is not { } character)
        {
            return;
        }

        _watch = wanted;
        _watchedKey = character;
        if (await GrainFactory.GetGrain<ICharacterGrain>(character).WatchAsync(wanted) is { } report)
        {
            await TakeReportAsync(report);
        }
    }

    /// <summary>What of the puppet's room the session wants pushed by the room itself: its items (<c>Char.Items</c>), its people (<c>Room</c>).</summary>
    private RoomInterest? RoomInterest
    {
        get
        {
            var items = GmcpPackages.IsSupported(State.Supports, ItemMessages.Module);
            var players = GmcpPackages.IsSupported(State.Supports, GmcpPackages.RoomModule);
            return PackageProtocol is { } protocol && (items || players) ? new RoomInterest(protocol, items, players) : null;
        }
    }

    private async Task ShowAskedRoomItemsAsync()
    {
        if (_roomItemsAsked is { } protocol && _character is { } character && Address is { } address)
        {
            await GrainFactory.GetGrain<IRoomGrain>(character.Location.Value).ShowContentsAsync(new RoomListener(address, new RoomInterest(protocol, Items: true, Players: false)));
        }

        _roomItemsAsked = null;
    }

    private async Task UnwatchAsync()
    {
        if (_watchedKey is { } key)
        {
            await GrainFactory.GetGrain<ICharacterGrain>(key).UnwatchAsync(SessionId);
        }

        _watch = null;
        _watchedKey = null;
        _character = null;
        _room = null;
    }

    /// <summary>Without a watch nothing keeps the facts current, so a one-off SEND reads them fresh.</summary>
    private async Task RefreshUnwatchedFactsAsync()
    {
        if (_watch is not null)
        {
            return;
        }

        _character = null;
        _room = null;
        if (State.Character is { } key && await GrainFactory.GetGrain<ICharacterGrain>(key).GetReportAsync() is { } report)
        {
            await TakeReportAsync(report);
        }
    }

    private async Task TakeReportAsync(CharacterReport report)
    {
        var moved = _character?.Location != report.Location || _room is null;
        _character = report;
        if (moved)
        {
            _room = await GrainFactory.GetGrain<IRoomGrain>(report.Location.Value).GetMapInfoAsync();
        }
    }

    /// <summary>Queues every subscribed value that differs from what the client was last sent.</summary>
    private void Push()
    {
        var facts = Facts;
        if (State.Protocols.Speaks(OobProtocol.Msdp))
        {
            foreach (var variable in State.MsdpReported)
            {
                var value = MsdpVariables.Read(variable, facts);
                var key = (OobProtocol.Msdp, variable);
                var known = _sent.TryGetValue(key, out var last);
                if (Equals(value, last) && known)
                {
                    continue;
                }

                // A value that became unknown (the puppet left) is cleared on the client rather than left stale.
                if (value is not null || known)
                {
                    Reply(OobProtocol.Msdp, OobMessage.Of(variable, value ?? OobValue.Of("")));
                }

                _sent[key] = value;
            }
        }

        if (PackageProtocol is { } protocol)
        {
            foreach (var package in GmcpPackages.Reported)
            {
                var key = (protocol, package.Name);
                if (!GmcpPackages.IsSupported(State.Supports, package.Module))
                {
                    _sent.Remove(key);
                    continue;
                }

                if (package.Build(facts) is { } message && !(_sent.TryGetValue(key, out var last) && Equals(message, last)))
                {
                    Reply(protocol, message);
                    _sent[key] = message;
                }
            }

            PushInventory(protocol);
        }
    }

    /// <summary>The whole inventory the first time (<c>Char.Items.List</c>), then what changed since (<c>Add</c>, <c>Remove</c>, <c>Update</c>).</summary>
    private void PushInventory(OobProtocol protocol)
    {
        var key = (protocol, ItemMessages.ListPackage);
        if (!GmcpPackages.IsSupported(State.Supports, ItemMessages.Module) || _character is not { } character)
        {
            // Another puppet, or the module again later, starts with a whole list.
            _sent.Remove(key);
            return;
        }

        var items = ItemMessages.Items(character.Inventory.IsDefault ? [] : character.Inventory);
        if (_sent.TryGetValue(key, out var last) && last is ImmutableArray<OobTable> before)
        {
            foreach (var change in ItemMessages.Changes(ItemMessages.Inventory, before, items))
            {
                Reply(protocol, change);
            }
        }
        else
        {
            Reply(protocol, ItemMessages.List(ItemMessages.Inventory, items));
        }

        _sent[key] = items;
    }

    private void Flush()
    {
        if (_outbox.Count > 0 && Address is { } address)
        {
            _output.Send(address, _outbox);
        }

        _outbox.Clear();
    }

    private void StartTimer(OobRepeat repeat)
    {
        if (_timers.Remove((repeat.Protocol, repeat.Name), out var old))
        {
            old.Dispose();
        }

        var period = TimeSpan.FromSeconds(repeat.Seconds);
        _timers[(repeat.Protocol, repeat.Name)] = this.RegisterGrainTimer(SendScheduled, repeat, new GrainTimerCreationOptions(period, period) { KeepAlive = true });
    }

    private Task SendScheduled(OobRepeat repeat, CancellationToken cancellation)
    {
        var facts = Facts;
        var message = repeat.Protocol == OobProtocol.Msdp
            ? MsdpVariables.Read(repeat.Name, facts) is { } value ? OobMessage.Of(repeat.Name, value) : null
            : GmcpPackages.Find(repeat.Name)?.Build(facts);
        if (message is not null)
        {
            Reply(repeat.Protocol, message);
            Flush();
        }

        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Session {SessionId} sent {Protocol} '{Name}', which means nothing here; ignored")]
    private static partial void LogIgnored(ILogger logger, string sessionId, OobProtocol protocol, string name);
}
