namespace Mud.Commands.Account;

internal sealed class OocCommand : Command<ISessionContext>
{
    public override string Key => "ooc";

    public override IReadOnlyList<string> Aliases => ["unpuppet"];

    public override string Category => "Account";

    public override string Summary => "Stop playing your character, back to your account.";

    public override string Help => """
        |wooc|n

        Goes "out of character": this session stops playing its character and is back at your account. When
        no session plays the character any more it leaves the world.
        """;

    public override Task ExecuteAsync(ISessionContext context, string arguments) => context.UnpuppetAsync();
}
