using Mud.Accounts;

namespace Mud.WebPortal.Services.Accounts;

/// <summary>Registering and logging in through the same account grain logic as the telnet <c>create</c> and <c>connect</c>.</summary>
public sealed class AccountService(GameCalls game)
{
    public const string Restarting = "The game is restarting. Try again in a moment.";

    public async Task<AccountResult> RegisterAsync(string name, string password, string remoteAddress)
    {
        name = name.Trim();
        var answer = await game.WriteAsync(c => c.GetGrain<ILoginGrain>(0).CreateAccountAsync(name, new Password(password), remoteAddress));
        return answer.IsAvailable ? answer.Value! : AccountResult.Fail(Restarting);
    }

    public async Task<AccountResult> LogInAsync(string name, string password, string remoteAddress)
    {
        var answer = await game.WriteAsync(c => c.GetGrain<ILoginGrain>(0).LogInAsync(name.Trim(), new Password(password), remoteAddress));
        return answer.IsAvailable ? answer.Value! : AccountResult.Fail(Restarting);
    }

    public Task<Answer<AccountInfo?>> GetAsync(string accountKey, CancellationToken cancellationToken = default) =>
        game.ReadAsync(c => c.GetGrain<IAccountGrain>(accountKey).GetInfoAsync(), cancellationToken);
}
