namespace Mud.Commands.Character;

/// <summary>One compass (or up/down, in/out) direction as a command of its own, so <c>n</c> works like <c>go north</c>.</summary>
internal sealed class DirectionCommand(Direction direction) : Command<ICharacterContext>
{
    public override string Key => direction.Name;

    public override IReadOnlyList<string> Aliases => direction.Abbreviation is { } abbreviation ? [abbreviation] : [];

    public override string Category => "Moving and looking";

    public override string Summary => $"Go {direction.Name}.";

    public override string Help => $"|w{direction.Name}|n\n\nLeaves by the exit leading {direction.Name}, if there is one. Same as |wgo {direction.Name}|n.";

    public override Task ExecuteAsync(ICharacterContext context, string arguments) => GoCommand.GoThroughAsync(context, direction.Name);
}
