using Mud.Accounts;
using Mud.Characters.Creation;

namespace Mud.Commands.Login;

internal sealed class CreateCommand : Command<ISessionContext>
{
    public override string Key => "create";

    public override IReadOnlyList<string> Aliases => ["cr"];

    public override string Category => "Login";

    public override string Summary => "Create a new account.";

    public override string Help => """
        |wcreate <name> <password>|n

        Creates an account. Names are 3 to 20 letters; passwords at least 8 characters.
        Depending on the server's settings a character of the same name is created with it.
        Then log in with |wconnect <name> <password>|n.
        """;

    public override async Task ExecuteAsync(ISessionContext context, string arguments)
    {
        var words = arguments.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words is not [var name, var password])
        {
            context.Send("Usage: |wcreate <name> <password>|n");
            return;
        }

        if (NameRules.Check(name) is { } problem)
        {
            context.Send(Text.Markup.Escape(problem));
            return;
        }

        var result = await AccountCreation.CreateAsync(context.Grains, name, new Password(password), context.RemoteAddress);
        if (!result.Succeeded)
        {
            context.Send(Text.Markup.Escape(result.Message));
            return;
        }

        var display = result.Account!.Name;
        if (context.Game.AutoCreateCharacterWithAccount)
        {
            await CreateCharacterAsync(context, display);
        }

        context.Send($"Account |w{display}|n created. Now log in with |wconnect {display} <password>|n.");
    }

    private static async Task CreateCharacterAsync(ISessionContext context, string name)
    {
        var options = await context.Grains.GetGrain<ICharacterCreationGrain>(0).GetOptionsAsync();
        var result = await context.Grains.GetGrain<IAccountGrain>(NameRules.KeyOf(name)).CreateCharacterAsync(options.DefaultDraft(name));
        if (!result.Succeeded)
        {
            context.Send($"No character was made with your account: {result.Message}");
        }
    }
}
