namespace Mud.Commands.Account;

/// <summary>The one way to play another account's character: for administrators, and only while nobody plays it.</summary>
internal sealed class PossessCommand : Command<ISessionContext>
{
    public override string Key => "possess";

    public override string Category => "Administration";

    public override string Summary => "Play any character that nobody is playing (administrators).";

    public override string Help => """
        |wpossess <character>|n

        Like |wic|n, but for a character of any account. Only administrators may use it, and only on a
        character that nobody is playing.
        """;

    public override Accounts.PermissionLevel Permission => Accounts.PermissionLevel.Admin;

    public override Task ExecuteAsync(ISessionContext context, string arguments)
    {
        if (arguments.Length == 0)
        {
            context.Send("Usage: |wpossess <character>|n");
            return Task.CompletedTask;
        }

        return context.PuppetAsync(arguments, overrideOwner: true);
    }
}
