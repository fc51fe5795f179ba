using Mud.Accounts;

namespace Mud.Commands.Account;

internal sealed class PasswordCommand : Command<ISessionContext>
{
    public override string Key => "password";

    public override string Category => "Account";

    public override string Summary => "Change your account's password.";

    public override string Help => "|wpassword <old password> <new password>|n\n\nChanges your password. Passwords may not contain spaces here.";

    public override async Task ExecuteAsync(ISessionContext context, string arguments)
    {
        if (arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries) is not [var old, var fresh])
        {
            context.Send("Usage: |wpassword <old password> <new password>|n");
            return;
        }

        var result = await context.AccountGrain!.ChangePasswordAsync(new Password(old), new Password(fresh));
        context.Send(result.Succeeded ? "Your password has been changed." : Text.Markup.Escape(result.Message));
    }
}
