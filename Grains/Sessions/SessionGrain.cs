using System.Collections.Immutable;
using Microsoft.Extensions.Options;
using Mud.Accounts;
using Mud.Admin;
using Mud.Characters;
using Mud.Commands;
using Mud.Commands.Account;
using Mud.Commands.Community;
using Mud.Mail;
using Mud.Settings;
using Mud.World;

namespace Mud.Sessions;

/// <summary>
/// Routes each typed line to the command set the session is in: the login screen, the account, or
/// (first) the puppeted character. Login and account commands run here; character commands run in the
/// character's grain. Which character the session puppets is the account grain's decision (the
/// multisession mode); the session follows it.
/// </summary>
[GrainType("session")]
public sealed partial class SessionGrain(
    [PersistentState("session", "store")] IPersistentState<SessionState> session,
    IOptions<GameOptions> game,
    IOptions<MailOptions> mail,
    IOptions<ChannelOptions> channels,
    WorldContent content,
    TimeProvider clock) : Grain, ISessionGrain, ISessionContext
{
    // Presence hears of activity at most this often: who shows idle times in minutes, and every keystroke would cost a message.
    private static readonly TimeSpan ActivityReportInterval = TimeSpan.FromMinutes(1);

    private readonly KeptReference<SessionAddress> _address = new();
    private readonly KeptReference<ICharacterGrain> _puppet = new();
    private readonly OutputSender _output = new();
    private AccountInfo? _account;
    private DateTimeOffset _activityReportedAt;
    private bool _away;
    private ImmutableDictionary<string, string> _nicks = ImmutableDictionary<string, string>.Empty;
    private DateTimeOffset _lastInputAt;
    private IGrainTimer? _loginTimeout;
    private IGrainTimer? _idleTimeout;

    // Made only when used: GetGrain costs reflection (see KeptReference), and most commands need no presence.
    private IPresenceGrain Presence => GrainFactory.GetGrain<IPresenceGrain>(0);

    public IGrainFactory Grains => GrainFactory;

    public GameOptions Game => game.Value;

    public MailOptions Mail => mail.Value;

    public ChannelOptions Channels => channels.Value;

    public TimeProvider Clock => clock;

    public string SessionId => this.GetPrimaryKeyString();

    public string RemoteAddress => session.State.RemoteAddress;

    public AccountInfo? Account => _account;

    public IAccountGrain? AccountGrain => session.State.Account is { } key ? GrainFactory.GetGrain<IAccountGrain>(key) : null;

    public string? PuppetKey => session.State.Puppet;

    public SessionSummary Summary => new(
        SessionId, session.State.Protocol, session.State.ClientName, RemoteAddress, session.State.ConnectedAt, _lastInputAt, _account?.Name, session.State.Puppet is { } puppet ? NameRules.Display(puppet) : null);

    public IEnumerable<ICommandInfo> VisibleCommands => (State switch
    {
        Stage.Login => CommandCatalog.Login.Commands,
        Stage.OutOfCharacter => CommandCatalog.Account.Commands,
        _ => CommandCatalog.Character.Commands.Concat<ICommandInfo>(
            CommandCatalog.Account.Commands.Where(a => CommandCatalog.Character.Find(a.Key) is null)),
    }).Where(MayUse);

    private SessionAddress Address => _address.Get(session.State.PortalObserver, this, static (observer, self) =>
        new(self.SessionId, self.GrainFactory.GetGrain<IPortalObserver>(GrainId.Parse(observer))));

    private IPersistentState<SessionState> Stored => session;

    private Stage State => session.State.Account is null ? Stage.Login : session.State.Puppet is null ? Stage.OutOfCharacter : Stage.Playing;

    private ICharacterGrain? Puppet => session.State.Puppet is { } key ? _puppet.Get(key, GrainFactory, static (k, grains) => grains.GetGrain<ICharacterGrain>(k)) : null;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _lastInputAt = clock.GetUtcNow();
        if (AccountGrain is { } account)
        {
            _account = await account.GetInfoAsync();
            _nicks = await account.GetNicksAsync();
        }
    }

    public async Task OpenAsync(SessionOpening opening)
    {
        var refusal = await GrainFactory.GetGrain<IBanListGrain>(0).RefusalAsync(null, opening.RemoteAddress);
        session.State = new SessionState
        {
            PortalObserver = ((GrainReference)opening.Portal).GrainId.ToString(),
            PortalId = opening.PortalId,
            Protocol = opening.Protocol,
            RemoteAddress = opening.RemoteAddress,
            ConnectedAt = clock.GetUtcNow(),
        };
        if (refusal is not null)
        {
            // A banned address gets its message and is closed; the session is never stored.
            _output.Send(Address, new DisconnectOutput(Text.Markup.Escape(refusal)));
            session.State = new SessionState();
            DeactivateOnIdle();
            return;
        }

        await session.WriteStateAsync();
        await GrainFactory.GetGrain<IPortalGrain>(opening.PortalId).TrackSessionAsync(this.GetPrimaryKeyString());
        StartLoginTimeout();
        ShowConnectionScreen();
    }

    public async Task UpdateClientAsync(ClientDetails client)
    {
        Remember(client);
        await SyncOobAsync();
    }

    public async Task<bool> ResumeAsync(IPortalObserver portal, ClientDetails? client)
    {
        if (!session.RecordExists)
        {
            return false;
        }

        if (client is not null)
        {
            Remember(client);
        }

        session.State.PortalObserver = ((GrainReference)portal).GrainId.ToString();
        await GrainFactory.GetGrain<IPortalGrain>(session.State.PortalId).TrackSessionAsync(this.GetPrimaryKeyString());
        if (AccountGrain is { } account)
        {
            await account.ResumeSessionAsync(Address, session.State.Number, session.State.Puppet);
        }

        if (Puppet is { } puppet)
        {
            await puppet.AttachSessionAsync(Address, resuming: true);
        }

        if (State == Stage.Login)
        {
            // The timer did not survive the restart: the player gets the whole time again.
            StartLoginTimeout();
        }
        else
        {
            StartIdleTimeout();
        }

        await SyncOobAsync();
        return true;
    }

    // Kept in memory only: a client may resize its window in a loop, and a write each time would stall every other
    // write. They ride along with the next write that happens anyway, and the front end gives them again on a resume.
    private void Remember(ClientDetails client)
    {
        session.State.ClientName = client.ClientName;
        session.State.Width = client.Width;
        session.State.Oob = client.Oob;
    }

    public async Task<ImmutableArray<SessionOutput>> InputAsync(string line) =>
        session.RecordExists ? await _output.ReplyAsync(Address, () => RunLineAsync(line)) : [];

    private async Task RunLineAsync(string line)
    {
        _lastInputAt = clock.GetUtcNow();
        if (session.State.AwaitingPasswordFor is { } accountName)
        {
            await AnswerPasswordPromptAsync(accountName, new Password(line));
            return;
        }

        if (session.State.PendingConfirmation is { } pending)
        {
            await AnswerConfirmationAsync(pending, line);
            return;
        }

        var (verb, arguments) = CommandLine.Parse(State == Stage.Login ? line : NickRules.Apply(_nicks, line));
        if (verb.Length == 0)
        {
            return;
        }

        await NoteActivityAsync(verb);
        switch (State)
        {
            case Stage.Login:
                await RunAsync(CommandCatalog.Login, verb, arguments);
                break;
            case Stage.OutOfCharacter:
                await RunAsync(CommandCatalog.Account, verb, arguments);
                break;
            default:
                await RunInCharacterAsync(verb, arguments);
                break;
        }
    }

    public Task CloseAsync() => EndSessionAsync(SessionEnd.LinkLost);

    public async Task PuppetChangedAsync()
    {
        if (AccountGrain is { } account)
        {
            await FollowPuppetAsync(await account.GetPuppetOfAsync(SessionId));
        }
    }

    public async Task AccountChangedAsync()
    {
        if (AccountGrain is { } account)
        {
            _account = await account.GetInfoAsync();
        }
    }

    public async Task EndAsync(string reason)
    {
        if (!session.RecordExists)
        {
            return;
        }

        _output.Send(Address, new DisconnectOutput(reason));
        await EndSessionAsync(SessionEnd.Left);
    }

    public Task<SessionSummary> GetSummaryAsync() => Task.FromResult(session.RecordExists ? Summary : Summary with { Protocol = "" });

    public Task NoticeAsync(string markup) =>
        session.RecordExists ? _output.SendConfirmedAsync(Address, new TextOutput(markup)) : Task.CompletedTask;

    public Task NicksChangedAsync(ImmutableDictionary<string, string> nicks)
    {
        _nicks = nicks;
        return Task.CompletedTask;
    }

    public void UseNicks(ImmutableDictionary<string, string> nicks) => _nicks = nicks;

    public async Task GoAwayAsync(string message)
    {
        await Presence.SetAwayAsync(session.State.Puppet!, message);
        _away = true;
    }

    public void Send(string markup) => _output.Send(Address, new TextOutput(markup));

    public void UpdateAccount(AccountInfo account) => _account = account;

    public void ShowConnectionScreen() => Send(content.ConnectionScreen.Replace("{name}", Game.Name, StringComparison.Ordinal));

    public async Task PromptForPasswordAsync(string accountName)
    {
        session.State.AwaitingPasswordFor = accountName;
        await session.WriteStateAsync();
        // Echo goes off before the prompt shows, so not even the first key typed after it is echoed.
        _output.Send(Address, new InputEchoOutput(Hidden: true));
        _output.Send(Address, new PromptOutput("Password: "));
    }

    public async Task AskToConfirmAsync(string question, string commandKey, string arguments)
    {
        session.State.PendingConfirmation = new PendingConfirmation(commandKey, arguments);
        await session.WriteStateAsync();
        Send($"{question} Type |wyes|n to confirm; anything else cancels.");
    }

    public async Task LoginAsync(string accountName, Password password)
    {
        var result = await LoginCheck.VerifyAsync(GrainFactory, accountName, password, RemoteAddress);
        if (!result.Succeeded)
        {
            Send(Text.Markup.Escape(result.Message));
            return;
        }

        await EnterAccountAsync(NameRules.KeyOf(result.Account!.Name));
    }

    public async Task<bool> LogInVerifiedAsync(string accountName)
    {
        var key = NameRules.KeyOf(accountName);
        if (!session.RecordExists || await GrainFactory.GetGrain<IAccountGrain>(key).GetInfoAsync() is not { IsLocked: false })
        {
            return false;
        }

        if (await GrainFactory.GetGrain<IBanListGrain>(0).RefusalAsync(key, RemoteAddress) is { } refusal)
        {
            await EndAsync(Text.Markup.Escape(refusal));
            return true;
        }

        await EnterAccountAsync(key);
        return true;
    }

    private async Task EnterAccountAsync(string key)
    {
        var account = GrainFactory.GetGrain<IAccountGrain>(key);
        var grant = await account.OpenSessionAsync(Address);
        _account = grant.Account;
        _loginTimeout?.Dispose();
        StartIdleTimeout();
        _nicks = await account.GetNicksAsync();
        session.State.Account = key;
        session.State.Number = grant.Number;
        await session.WriteStateAsync();
        await SyncOobAsync();
        var welcome = $"Welcome, |w{_account.Name}|n.";
        var mail = await UnreadMailNoticeAsync(key);
        if (grant.PuppetKey is not null)
        {
            // The puppet pushes the welcome with its room; the notice goes with them, or it could arrive first.
            await FollowPuppetAsync(grant.PuppetKey, lead: mail is null ? welcome : $"{welcome}\n{mail}");
        }
        else
        {
            Send(welcome);
            await RunAsync(CommandCatalog.Account, "look", "");
            if (mail is not null)
            {
                Send(mail);
            }
        }

        // Only now, with the puppet safely attached here, may the old sessions let go of it.
        foreach (var displaced in grant.Displaced)
        {
            GrainFactory.GetGrain<ISessionGrain>(displaced.SessionId)
                .EndAsync($"|yYour account has been logged in from another connection ({Text.Markup.Escape(RemoteAddress)}); this one is closed.|n")
                .Ignore();
        }
    }

    public async Task PuppetAsync(string characterName, bool overrideOwner)
    {
        var result = await AccountGrain!.PuppetAsync(SessionId, characterName, overrideOwner);
        if (!result.Succeeded)
        {
            Send(result.Message);
            return;
        }

        await FollowPuppetAsync(result.PuppetKey);
    }

    public async Task UnpuppetAsync()
    {
        var result = await AccountGrain!.UnpuppetAsync(SessionId);
        if (!result.Succeeded)
        {
            Send(result.Message);
            return;
        }

        await FollowPuppetAsync(null);
    }

    public async Task QuitAsync()
    {
        _output.Send(Address, new DisconnectOutput("Goodbye. Come back soon!"));
        await EndSessionAsync(SessionEnd.Left);
    }

    /// <summary>
    /// Moves this session onto the character the account assigned it (null: out of character). The
    /// character sends <paramref name="lead"/> before its own text, so the two cannot arrive swapped.
    /// </summary>
    private async Task FollowPuppetAsync(string? characterKey, string? lead = null)
    {
        var previous = Puppet;
        if (session.State.Puppet == characterKey)
        {
            return;
        }

        session.State.Puppet = characterKey;
        await session.WriteStateAsync();
        if (previous is not null)
        {
            await previous.DetachSessionAsync(SessionId, SessionEnd.Left);
        }

        if (Puppet is { } puppet)
        {
            await puppet.AttachSessionAsync(Address, resuming: false, lead);
        }
        else
        {
            Send("You are out of character now.");
            await RunAsync(CommandCatalog.Account, "look", "");
        }

        await SyncOobAsync();
    }

    /// <summary>Tells presence the player is at the keyboard (now and then), and back if they were away.</summary>
    private async Task NoteActivityAsync(string verb)
    {
        if (session.State.Puppet is not { } puppet)
        {
            return;
        }

        if (_lastInputAt - _activityReportedAt >= ActivityReportInterval)
        {
            _activityReportedAt = _lastInputAt;
            Presence.ActiveAsync(puppet, _lastInputAt).Ignore();
        }

        if (_away && verb != AfkCommand.Word)
        {
            _away = false;
            await Presence.SetAwayAsync(puppet, null);
            Send("You are back at the keyboard.");
        }
    }

    /// <summary>What a player logging in is told of unread letters, or null when there are none.</summary>
    private async Task<string?> UnreadMailNoticeAsync(string accountKey)
    {
        var unread = await GrainFactory.GetGrain<IMailboxGrain>(accountKey).CountUnreadAsync();
        return unread switch
        {
            0 => null,
            1 => "You have an unread letter. Type |wmail|n to see it.",
            _ => $"You have {unread} unread letters. Type |wmail|n to see them.",
        };
    }

    private async Task AnswerPasswordPromptAsync(string accountName, Password password)
    {
        // Stored only once the check is over: a silo that dies while the password is being hashed comes back
        // still asking for it, so the line the Portal sends again is taken as the password, not run as a command.
        session.State.AwaitingPasswordFor = null;
        _output.Send(Address, new InputEchoOutput(Hidden: false));
        await LoginAsync(accountName, password);
        if (session.State.Account is null)
        {
            await session.WriteStateAsync();
        }
    }

    private async Task AnswerConfirmationAsync(PendingConfirmation pending, string answer)
    {
        session.State.PendingConfirmation = null;
        await session.WriteStateAsync();
        if (!answer.Trim().Equals("yes", StringComparison.OrdinalIgnoreCase))
        {
            Send("Cancelled.");
            return;
        }

        if (CommandCatalog.Account.Find(pending.CommandKey) is IConfirmedCommand command)
        {
            await command.ConfirmedAsync(this, pending.Arguments);
        }
    }

    private async Task RunInCharacterAsync(string verb, string arguments)
    {
        if (CommandCatalog.Character.Find(verb) is null && CommandCatalog.Account.Find(verb) is { } accountCommand)
        {
            await RunAsync(accountCommand, arguments);
            return;
        }

        if (CommandCatalog.Character.Find(verb) is null && await ChannelTalk.TryAsync(this, verb, arguments))
        {
            return;
        }

        _output.AddToReply(await Puppet!.ExecuteAsync(Address, verb, arguments, Level));
    }

    private async Task RunAsync(CommandSet<ISessionContext> commands, string verb, string arguments)
    {
        if (commands.Find(verb) is { } command)
        {
            await RunAsync(command, arguments);
            return;
        }

        if (State != Stage.Login && await ChannelTalk.TryAsync(this, verb, arguments))
        {
            return;
        }

        Send(CommandSuggestions.UnknownCommandMessage(verb, commands.Commands.Where(MayUse)));
    }

    private Task RunAsync(Command<ISessionContext> command, string arguments)
    {
        if (!MayUse(command))
        {
            Send($"Only {command.Permission} and above may use |w{command.Key}|n.");
            return Task.CompletedTask;
        }

        return command.ExecuteAsync(this, arguments);
    }

    private PermissionLevel Level => _account?.Level ?? PermissionLevel.Player;

    private bool MayUse(ICommandInfo command) => command.Permission <= Level;

    private async Task EndSessionAsync(SessionEnd end)
    {
        if (!session.RecordExists)
        {
            return;
        }

        if (Puppet is { } puppet)
        {
            await puppet.DetachSessionAsync(SessionId, end);
        }

        if (AccountGrain is { } account)
        {
            await account.DetachSessionAsync(SessionId);
        }

        GrainFactory.GetGrain<IPortalGrain>(session.State.PortalId).ForgetSessionAsync(SessionId).Ignore();
        await CloseOobAsync();
        await session.ClearStateAsync();
        DeactivateOnIdle();
    }

    private void StartLoginTimeout()
    {
        if (Game.LoginTimeoutSeconds > 0)
        {
            _loginTimeout?.Dispose();
            _loginTimeout = this.RegisterGrainTimer(
                CloseIfNotLoggedInAsync,
                new GrainTimerCreationOptions(TimeSpan.FromSeconds(Game.LoginTimeoutSeconds), Timeout.InfiniteTimeSpan) { KeepAlive = true });
        }
    }

    private TimeSpan IdleTimeout => TimeSpan.FromMinutes(Game.IdleTimeoutMinutes);

    /// <summary>
    /// Arms the idle check of a logged-in session: one timer, due when the session would have been idle for
    /// <c>Mud:IdleTimeoutMinutes</c>; a session that typed since is checked again when its own time is up.
    /// </summary>
    private void StartIdleTimeout()
    {
        if (Game.IdleTimeoutMinutes > 0)
        {
            _idleTimeout?.Dispose();
            _idleTimeout = this.RegisterGrainTimer(
                CloseIfIdleAsync,
                new GrainTimerCreationOptions(IdleTimeout, Timeout.InfiniteTimeSpan) { KeepAlive = true });
        }
    }

    private async Task CloseIfIdleAsync(CancellationToken cancellation)
    {
        if (State == Stage.Login || !session.RecordExists)
        {
            return;
        }

        var idle = clock.GetUtcNow() - _lastInputAt;
        if (idle < IdleTimeout || Level >= PermissionLevel.Admin)
        {
            // Staff may sit idle (watching logs, away from a building session); others are checked again when their time is up.
            _idleTimeout?.Change(idle < IdleTimeout ? IdleTimeout - idle : IdleTimeout, Timeout.InfiniteTimeSpan);
            return;
        }

        _idleTimeout?.Dispose();
        _idleTimeout = null;
        await EndAsync($"|yYou were idle for {Durations.Short(idle)}; the connection is closed.|n");
    }

    private async Task CloseIfNotLoggedInAsync(CancellationToken cancellation)
    {
        _loginTimeout?.Dispose();
        _loginTimeout = null;
        if (State == Stage.Login)
        {
            await EndAsync("|yYou did not log in in time; the connection is closed.|n");
        }
    }

    private enum Stage
    {
        Login,
        OutOfCharacter,
        Playing,
    }
}
