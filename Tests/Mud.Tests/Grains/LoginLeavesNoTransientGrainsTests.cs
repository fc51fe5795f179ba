using Mud.Accounts;
using Mud.Mail;

namespace Mud.Tests.Grains;

/// <summary>
/// A login asks the account's mailbox for its unread count once; an idle player afterwards does not keep the mailbox
/// in memory for as long as it stays.
/// </summary>
[Collection(GameClusterCollection.Name)]
[Trait("Category", "Integration")]
public sealed class LoginLeavesNoTransientGrainsTests(GameClusterFixture cluster) : PlayerTestBase(cluster)
{
    [Fact]
    public async Task AfterALogin_TheAccountsMailbox_IsLetGo()
    {
        var (_, name) = await NewAccountAsync();
        var mailbox = Client.GetGrain<IMailboxGrain>(NameRules.KeyOf(name)).GetGrainId();

        Assert.True(await GoneAsync(mailbox), "the mailbox stayed active after the unread count");
    }

    private async Task<bool> GoneAsync(GrainId grain)
    {
        var management = Client.GetGrain<IManagementGrain>(0);
        for (var waited = 0; waited < 50; waited++)
        {
            if (!(await management.GetActiveGrains(grain.Type)).Contains(grain))
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }
}
