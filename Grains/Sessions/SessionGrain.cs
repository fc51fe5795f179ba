using Microsoft.Extensions.Options;
using Mud.Accounts;
using Mud.Characters;
using Mud.Commands;
using Mud.Settings;
using Mud.World;

namespace Mud.Sessions;

/// <summary>
/// Routes each typed line to the command set the session is in: the login screen, the account, or
/// (first) the puppeted character. Login and account commands run here; character commands run in the
/// character's grain.
/// </summary>
[GrainType("session")]
public sealed class SessionGrain(
    [PersistentState("session", "store")] IPersistentState<SessionState> session,
    IOptions<GameOptions> game,
    WorldContent content,
    TimeProvider clock) : Grain, ISessionGrain, ISessionContext
{
    private AccountInfo? _account;

    public IGrainFactory Grains => GrainFactory;

    public GameOptions Game => game.Value;

    public TimeProvider Clock => clock;

    public string RemoteAddress => session.State.RemoteAddress;

    public AccountInfo? Account => _account;

    public string? PuppetName => _account is null || session.State.Puppet is null ? null : NameRules.Display(session.State.Puppet);

    public IEnumerable<ICommandInfo> VisibleCommands => State switch
    {
        Stage.Login => CommandCatalog.Login.Commands,
        Stage.OutOfCharacter => CommandCatalog.Account.Commands,
        _ => CommandCatalog.Character.Commands.Concat<ICommandInfo>(
            CommandCatalog.Account.Commands.Where(a => CommandCatalog.Character.Find(a.Key) is null)),
    };

    private SessionAddress Address => new(this.GetPrimaryKeyString(), GrainFactory.GetGrain<IPortalObserver>(GrainId.Parse(session.State.PortalObserver)));

    private Stage State => session.State.Account is null ? Stage.Login : session.State.Puppet is null ? Stage.OutOfCharacter : Stage.Playing;

    private ICharacterGrain? Puppet => session.State.Puppet is { } key ? GrainFactory.GetGrain<ICharacterGrain>(key) : null;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (session.State.Account is { } account)
        {
            _account = await GrainFactory.GetGrain<IAccountGrain>(account).GetInfoAsync();
        }
    }

    public async Task OpenAsync(SessionOpening opening)
    {
        session.State = new SessionState
        {
            PortalObserver = ((GrainReference)opening.Portal).GrainId.ToString(),
            PortalId = opening.PortalId,
            Protocol = opening.Protocol,
            RemoteAddress = opening.RemoteAddress,
            ConnectedAt = clock.GetUtcNow(),
        };
        await session.WriteStateAsync();
        await GrainFactory.GetGrain<IPortalGrain>(opening.PortalId).TrackSessionAsync(this.GetPrimaryKeyString());
        ShowConnectionScreen();
    }

    public async Task UpdateClientAsync(ClientDetails client)
    {
        session.State.ClientName = client.ClientName;
        session.State.Width = client.Width;
        await session.WriteStateAsync();
    }

    public async Task<bool> ResumeAsync(IPortalObserver portal)
    {
        if (!session.RecordExists)
        {
            return false;
        }

        session.State.PortalObserver = ((GrainReference)portal).GrainId.ToString();
        await GrainFactory.GetGrain<IPortalGrain>(session.State.PortalId).TrackSessionAsync(this.GetPrimaryKeyString());
        if (session.State.Account is { } account)
        {
            await GrainFactory.GetGrain<IAccountGrain>(account).AttachSessionAsync(Address);
        }

        if (Puppet is { } puppet)
        {
            await puppet.AttachSessionAsync(Address, resuming: true);
        }

        return true;
    }

    public async Task InputAsync(string line)
    {
        if (!session.RecordExists)
        {
            return;
        }

        if (session.State.AwaitingPasswordFor is { } accountName)
        {
            await AnswerPasswordPromptAsync(accountName, line);
            return;
        }

        var (verb, arguments) = CommandLine.Parse(line);
        if (verb.Length == 0)
        {
            return;
        }

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

    public async Task CloseAsync()
    {
        if (!session.RecordExists)
        {
            return;
        }

        await LeaveAsync();
        GrainFactory.GetGrain<IPortalGrain>(session.State.PortalId).ForgetSessionAsync(this.GetPrimaryKeyString()).Ignore();
        await session.ClearStateAsync();
        DeactivateOnIdle();
    }

    public void Send(string markup) => OutputSender.Send(Address, new TextOutput(markup));

    public void ShowConnectionScreen() => Send(content.ConnectionScreen.Replace("{name}", Game.Name, StringComparison.Ordinal));

    public async Task PromptForPasswordAsync(string accountName)
    {
        session.State.AwaitingPasswordFor = accountName;
        await session.WriteStateAsync();
        Send("Password:");
        OutputSender.Send(Address, new InputEchoOutput(Hidden: true));
    }

    public async Task LoginAsync(string accountName, string password)
    {
        var addressThrottle = GrainFactory.GetGrain<ILoginThrottleGrain>(LoginThrottleKeys.ForAddress(RemoteAddress));
        var lockout = await addressThrottle.GetLockoutAsync();
        if (lockout > TimeSpan.Zero)
        {
            Send(LoginThrottleKeys.LockedOutMessage(lockout));
            return;
        }

        var key = NameRules.KeyOf(accountName);
        var account = GrainFactory.GetGrain<IAccountGrain>(key);
        var result = NameRules.Check(accountName) is null ? await account.VerifyPasswordAsync(password) : AccountResult.Fail("Wrong name or password.");
        if (!result.Succeeded)
        {
            lockout = await addressThrottle.RecordFailureAsync();
            Send(Text.Markup.Escape(lockout > TimeSpan.Zero ? LoginThrottleKeys.LockedOutMessage(lockout) : result.Message));
            return;
        }

        await addressThrottle.ResetAsync();
        _account = result.Account!;
        session.State.Account = key;
        await session.WriteStateAsync();
        await account.AttachSessionAsync(Address);
        Send($"Welcome, |w{_account.Name}|n.");

        if (Game.AutoPuppetOnLogin && _account.Characters.FirstOrDefault() is { } first)
        {
            await PuppetAsync(NameRules.KeyOf(first));
        }
        else
        {
            await RunAsync(CommandCatalog.Account, "look", "");
        }
    }

    public async Task QuitAsync()
    {
        OutputSender.Send(Address, new DisconnectOutput("Goodbye. Come back soon!"));
        await CloseAsync();
    }

    private async Task PuppetAsync(string characterKey)
    {
        session.State.Puppet = characterKey;
        await session.WriteStateAsync();
        await Puppet!.AttachSessionAsync(Address, resuming: false);
    }

    private async Task AnswerPasswordPromptAsync(string accountName, string password)
    {
        session.State.AwaitingPasswordFor = null;
        await session.WriteStateAsync();
        OutputSender.Send(Address, new InputEchoOutput(Hidden: false));
        await LoginAsync(accountName, password);
    }

    private async Task RunInCharacterAsync(string verb, string arguments)
    {
        if (CommandCatalog.Character.Find(verb) is null && CommandCatalog.Account.Find(verb) is { } accountCommand)
        {
            await accountCommand.ExecuteAsync(this, arguments);
            return;
        }

        await Puppet!.ExecuteAsync(Address, verb, arguments);
    }

    private Task RunAsync(CommandSet<ISessionContext> commands, string verb, string arguments)
    {
        if (commands.Find(verb) is { } command)
        {
            return command.ExecuteAsync(this, arguments);
        }

        Send(CommandSuggestions.UnknownCommandMessage(verb, commands.Commands));
        return Task.CompletedTask;
    }

    private async Task LeaveAsync()
    {
        if (Puppet is { } puppet)
        {
            await puppet.DetachSessionAsync(this.GetPrimaryKeyString());
        }

        if (session.State.Account is { } account)
        {
            await GrainFactory.GetGrain<IAccountGrain>(account).DetachSessionAsync(this.GetPrimaryKeyString());
        }
    }

    private enum Stage
    {
        Login,
        OutOfCharacter,
        Playing,
    }
}
