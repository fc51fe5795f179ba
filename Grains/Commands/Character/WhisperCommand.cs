using Mud.Accounts;

namespace Mud.Commands.Character;

internal sealed class WhisperCommand : Command<ICharacterContext>
{
    public override string Key => "whisper";

    public override string Category => "Talking";

    public override string Summary => "Say something to one person here, unheard by the rest.";

    public override string Help => "|wwhisper <person> = <message>|n\n\nOnly that person hears the words; the others in the room see that you whispered.\nA player who ignores you (see |wignore|n) does not get your whispers.";

    public override async Task ExecuteAsync(ICharacterContext context, string arguments)
    {
        var equals = arguments.IndexOf('=');
        var personName = equals > 0 ? arguments[..equals].Trim() : "";
        var message = equals > 0 ? arguments[(equals + 1)..].Trim() : "";
        if (personName.Length == 0 || message.Length == 0)
        {
            context.Send("Usage: |wwhisper <person> = <message>|n.");
            return;
        }

        var person = await context.Room.FindAsync(personName, context.Key);
        if (person?.CharacterKey is not { } key)
        {
            context.Send($"There is nobody called '{Text.Markup.Escape(personName)}' here.");
            return;
        }

        if (await Commands.Account.Players.FindAccountAsync(context.Grains, person.Name) is { } theirs
            && await context.Grains.GetGrain<IAccountGrain>(NameRules.KeyOf(theirs.Name)).IgnoresAsync(context.AccountKey))
        {
            context.Send(Commands.Account.PageCommand.NotDelivered(person.Name));
            return;
        }

        var words = Text.Markup.Escape(message);
        context.Send($"You whisper to {person.Name}, \"{words}\"");
        await context.Room.WhisperAsync(key, $"{context.Name} whispers to you, \"{words}\"", $"{context.Name} whispers something to {person.Name}.", context.Key);
    }
}
