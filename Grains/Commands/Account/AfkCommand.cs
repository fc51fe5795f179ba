namespace Mud.Commands.Account;

internal sealed class AfkCommand : Command<ISessionContext>
{
    public const string Word = "afk";
    public const int MaxMessageLength = 80;

    public override string Key => Word;

    public override string Category => "General";

    public override string Summary => "Show others in who that you are away from the keyboard.";

    public override string Help => $"""
        |wafk [message]|n

        Marks the character you play as away from the keyboard in |wwho|n, with a message if you give one
        (at most {MaxMessageLength} characters). The next thing you type marks you back.
        """;

    public override async Task ExecuteAsync(ISessionContext context, string arguments)
    {
        if (context.PuppetKey is null)
        {
            context.Send("You are not playing a character, so who does not list you anyway.");
            return;
        }

        if (arguments.Length > MaxMessageLength)
        {
            context.Send($"Usage: |wafk [message]|n, the message at most {MaxMessageLength} characters.");
            return;
        }

        var message = arguments.Length == 0 ? "away" : arguments;
        await context.GoAwayAsync(message);
        context.Send($"You are away from the keyboard: {Text.Markup.Escape(message)}. Type anything to come back.");
    }
}
