namespace Mud.Commands.Building;

/// <summary>The builder's character commands, for <see cref="CommandCatalog.Character"/>.</summary>
internal static class BuildingCommands
{
    public static IEnumerable<Command<ICharacterContext>> All { get; } =
    [
        new DigCommand(), new OpenCommand(), new LinkCommand(), new UnlinkCommand(), new CreateCommand(), new SpawnCommand(),
        new DestroyCommand(), new NameCommand(), new DescCommand(), new SetCommand(), new WipeCommand(), new TagCommand(),
        new LockCommand(), new ScriptCommand(), new ExamineCommand(), new FindCommand(), new TeleportCommand(), new RoomsCommand(),
    ];
}
