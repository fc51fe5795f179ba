using Mud.Objects;

namespace Mud.Commands.Character;

/// <summary>
/// Hands an item to another character here. The item stores its new owner first, the receiver adds it, and only
/// then does the giver let go: a silo failure in between leaves it listed by both at worst (the item itself says
/// whose it is, so it can be used only by the receiver), and the command run again finishes the hand-over.
/// </summary>
internal sealed class GiveCommand : Command<ICharacterContext>
{
    public override string Key => "give";

    public override string Category => "Objects";

    public override string Summary => "Give something you carry to someone here.";

    public override string Help => "|wgive <item> to <person>|n\n\nHands an item you carry to another character in the room.";

    public override async Task ExecuteAsync(ICharacterContext context, string arguments)
    {
        if (ObjectCommandParts.SplitAt(arguments, "to") is not var (itemName, personName) || itemName.Length == 0 || personName.Length == 0)
        {
            context.Send("Usage: |wgive <item> to <person>|n.");
            return;
        }

        if (ObjectCommandParts.One(context, context.Inventory, itemName, "in your hands") is not { } item)
        {
            return;
        }

        var person = await context.Room.FindAsync(personName, context.Key);
        if (person?.CharacterKey is not { } receiverKey)
        {
            context.Send(person is null ? $"There is nobody called '{Text.Markup.Escape(personName)}' here." : $"You can only give things to people, not to {Text.Markup.Escape(person.Name)}.");
            return;
        }

        var result = await context.HandOverAsync(item, ObjectRef.Character(receiverKey));
        if (!result.Succeeded)
        {
            context.Send(Text.Markup.Escape(result.Message));
            return;
        }

        var name = ObjectCommandParts.Shown(item);
        context.Send($"You give {name} to {person.Name}.");
        await context.Room.WhisperAsync(receiverKey, $"{context.Name} gives you {name}.", $"{context.Name} gives {name} to {person.Name}.", context.Key);
    }
}
