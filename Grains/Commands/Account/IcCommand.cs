namespace Mud.Commands.Account;

internal sealed class IcCommand : Command<ISessionContext>
{
    public override string Key => "ic";

    public override IReadOnlyList<string> Aliases => ["puppet"];

    public override string Category => "Account";

    public override string Summary => "Play one of your characters in this session.";

    public override string Help => """
        |wic <character>|n

        Takes up one of your characters ("in character"). What the server allows depends on its multisession
        mode: in some, all your sessions share one character; in others each session plays its own, and a
        character already played in another of your sessions is refused. |wooc|n goes back to your account.
        """;

    public override Task ExecuteAsync(ISessionContext context, string arguments)
    {
        if (arguments.Length == 0)
        {
            context.Send("Play which character? Usage: |wic <character>|n (type |wcharacters|n to see yours).");
            return Task.CompletedTask;
        }

        return context.PuppetAsync(arguments, overrideOwner: false);
    }
}
