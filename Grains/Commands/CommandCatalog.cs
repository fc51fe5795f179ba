using Mud.Commands.Account;
using Mud.Commands.Admin;
using Mud.Commands.Character;
using Mud.Commands.Community;
using Mud.Commands.Login;

namespace Mud.Commands;

/// <summary>Every command set of the game. Commands are code, so a silo reload brings new ones in.</summary>
public static class CommandCatalog
{
    private static readonly HelpCommand Help = new();
    private static readonly WhoCommand Who = new();
    private static readonly QuitCommand Quit = new();

    /// <summary>Before login.</summary>
    public static readonly CommandSet<ISessionContext> Login =
        new([new ConnectCommand(), new CreateCommand(), new ConnectionScreenCommand(), Help, Who, Quit]);

    /// <summary>Logged in, in or out of character.</summary>
    public static readonly CommandSet<ISessionContext> Account = new(
    [
        new AccountLookCommand(), new CharCreateCommand(), new CharDeleteCommand(), new IcCommand(), new OocCommand(),
        new CharactersCommand(), new SessionsCommand(), new PasswordCommand(), new PageCommand(), new PossessCommand(), new HelpTopicCommand(), new PermCommand(),
        new ChannelsCommand(), new JoinCommand(), new LeaveCommand(), new HistoryCommand(), new MuteCommand(mute: true), new MuteCommand(mute: false),
        new ChannelCreateCommand(), new ChannelDestroyCommand(), new ChannelSetCommand(), new MailCommand(), new NickCommand(), new IgnoreCommand(), new AfkCommand(),
        new BootCommand(), new BanCommand(), new UnbanCommand(), new WallCommand(), new AdminWhoCommand(), new AccountCommand(), new AuditCommand(), new ReloadCommand(), new ShutdownCommand(),
        Help, Who, Quit,
    ]);

    /// <summary>While puppeting; these take precedence over account commands of the same name.</summary>
    public static readonly CommandSet<ICharacterContext> Character = new(
        new Command<ICharacterContext>[]
        {
            new LookCommand(), new GoCommand(), new SayCommand(), new PoseCommand(), new WhisperCommand(), new ThinkCommand(), new AttackCommand(), new CastCommand(), new DescribeCommand(),
            new GetCommand(), new DropCommand(), new GiveCommand(), new PutCommand(), new InventoryCommand(), new WorldCommand(),
            new DoorCommand(close: false), new DoorCommand(close: true),
        }
            .Concat(Direction.All.Select(d => new DirectionCommand(d)))
            .Concat(Building.BuildingCommands.All));
}
