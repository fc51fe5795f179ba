namespace Mud.Commands.Character;

/// <summary>
/// Shows the text back to the player only, as TinyMUX's <c>think</c> does: a note to oneself, and the
/// cheapest command with a visible reply, which is why the benchmark times round trips with it.
/// </summary>
internal sealed class ThinkCommand : Command<ICharacterContext>
{
    public override string Key => "think";

    public override string Category => "Talking";

    public override string Summary => "Show yourself a line of text; nobody else sees it.";

    public override string Help => "|wthink <text>|n\n\nShows the text to you and to nobody else, as a note to yourself.";

    public override Task ExecuteAsync(ICharacterContext context, string arguments)
    {
        context.Send(arguments.Length == 0 ? "Think what?" : Text.Markup.Escape(arguments));
        return Task.CompletedTask;
    }
}
