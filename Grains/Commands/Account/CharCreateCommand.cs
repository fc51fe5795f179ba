using Mud.Characters.Creation;

namespace Mud.Commands.Account;

internal sealed class CharCreateCommand : Command<ISessionContext>
{
    public override string Key => "charcreate";

    public override string Category => "Account";

    public override string Summary => "Create a new character on your account.";

    public override string Help => """
        |wcharcreate <name>|n
        |wcharcreate <name> = <short description>|n

        Creates a character owned by your account, standing at the start of the world. Names are 3 to 20
        letters. Then play it with |wic <name>|n.
        """;

    public override async Task ExecuteAsync(ISessionContext context, string arguments)
    {
        var parts = arguments.Split('=', 2, StringSplitOptions.TrimEntries);
        if (parts[0].Length == 0 || parts[0].Contains(' ', StringComparison.Ordinal))
        {
            context.Send("Usage: |wcharcreate <name>|n or |wcharcreate <name> = <short description>|n");
            return;
        }

        var options = await context.Grains.GetGrain<ICharacterCreationGrain>(0).GetOptionsAsync();
        var result = await context.AccountGrain!.CreateCharacterAsync(options.DefaultDraft(parts[0], parts.Length > 1 ? parts[1] : ""));
        if (!result.Succeeded)
        {
            context.Send(Text.Markup.Escape(result.Message));
            return;
        }

        if (await context.AccountGrain.GetInfoAsync() is { } account)
        {
            context.UpdateAccount(account);
        }

        var name = result.CharacterName!;
        context.Send(result.Recovered
            ? $"{Text.Markup.Escape(result.Message)} Type |wic {name}|n to play it."
            : $"Character |w{name}|n created. Type |wic {name}|n to play it.");
    }
}
