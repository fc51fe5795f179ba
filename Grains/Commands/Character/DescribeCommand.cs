namespace Mud.Commands.Character;

/// <summary>Sets what others see on looking at you, by the same rules as the web site's character page.</summary>
internal sealed class DescribeCommand : Command<ICharacterContext>
{
    public override string Key => "describe";

    public override IReadOnlyList<string> Aliases => ["desc"];

    public override string Category => "Character";

    public override string Summary => "Change what others see when they look at you.";

    public override string Help => """
        |wdescribe <text>|n

        Sets your description: what others see when they |wlook|n at you. Colour codes are shown as typed.
        """;

    public override async Task ExecuteAsync(ICharacterContext context, string arguments)
    {
        if (arguments.Length == 0)
        {
            context.Send("Usage: |wdescribe <text>|n");
            return;
        }

        var problem = await context.SetDescriptionAsync(arguments);
        context.Send(problem is null ? "Your description has been changed." : Text.Markup.Escape(problem));
    }
}
