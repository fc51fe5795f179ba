namespace Mud.Commands.Character;

internal sealed class PoseCommand : Command<ICharacterContext>
{
    public override string Key => "pose";

    public override IReadOnlyList<string> Aliases => ["emote", ":"];

    public override string Category => "Talking";

    public override string Summary => "Show an action to the room.";

    public override string Help => "|wpose <action>|n\n|w:<action>|n\n\n|wpose waves.|n shows everyone in the room \"Alice waves.\"";

    public override async Task ExecuteAsync(ICharacterContext context, string arguments)
    {
        if (arguments.Length == 0)
        {
            context.Send("Pose what?");
            return;
        }

        var action = Text.Markup.Escape(arguments);
        var separator = action[0] is '\'' or ',' ? "" : " ";
        await context.Room.BroadcastAsync($"{context.Name}{separator}{action}", exceptKey: null);
    }
}
