using Orleans.Concurrency;

namespace Mud.Accounts;

[GrainType("login"), StatelessWorker]
public sealed class LoginGrain : Grain, ILoginGrain
{
    public Task<AccountResult> LogInAsync(string accountName, Password password, string remoteAddress) =>
        LoginCheck.VerifyAsync(GrainFactory, accountName ?? "", password, remoteAddress ?? "");

    public Task<AccountResult> CreateAccountAsync(string accountName, Password password, string remoteAddress) =>
        AccountCreation.CreateAsync(GrainFactory, accountName ?? "", password, remoteAddress ?? "");
}
