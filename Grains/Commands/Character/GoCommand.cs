namespace Mud.Commands.Character;

internal sealed class GoCommand : Command<ICharacterContext>
{
    public override string Key => "go";

    public override IReadOnlyList<string> Aliases => ["walk", "move"];

    public override string Category => "Moving and looking";

    public override string Summary => "Leave by an exit.";

    public override string Help => """
        |wgo <exit>|n

        Leaves by the named exit. Typing the exit's name alone works too, as do the directions
        |wnorth|n (|wn|n), |wsouth|n, |weast|n, |wwest|n, |wnortheast|n, |wnorthwest|n, |wsoutheast|n, |wsouthwest|n, |wup|n, |wdown|n and |win|n/|wout|n.
        """;

    public override async Task ExecuteAsync(ICharacterContext context, string arguments)
    {
        if (arguments.Length == 0)
        {
            context.Send("Go where?");
            return;
        }

        await GoThroughAsync(context, arguments);
    }

    /// <summary>Moves through the exit a word names, or says there is none.</summary>
    public static async Task GoThroughAsync(ICharacterContext context, string word)
    {
        var exit = await context.Room.FindExitAsync(word);
        if (exit is null)
        {
            context.Send($"You can't go '{Text.Markup.Escape(word)}' from here.");
            return;
        }

        await context.MoveAsync(exit);
    }
}
