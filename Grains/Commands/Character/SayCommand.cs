namespace Mud.Commands.Character;

internal sealed class SayCommand : Command<ICharacterContext>
{
    public override string Key => "say";

    public override IReadOnlyList<string> Aliases => ["'", "\""];

    public override string Category => "Talking";

    public override string Summary => "Say something to everyone in the room.";

    public override string Help => "|wsay <message>|n\n|w'<message>|n\n\nEveryone in the room hears you.";

    public override async Task ExecuteAsync(ICharacterContext context, string arguments)
    {
        if (arguments.Length == 0)
        {
            context.Send("Say what?");
            return;
        }

        var message = Text.Markup.Escape(arguments);
        context.Talk("say", $"You say, \"{message}\"");
        await context.Room.TalkAsync(new Rooms.RoomTalk("say", context.Name, $"{context.Name} says, \"{message}\""), context.Key);
    }
}
