using Mud.Accounts;
using Mud.Characters;

namespace Mud.Commands.Account;

/// <summary>Finding a player's account from what another player types: an account name or one of its characters' names.</summary>
internal static class Players
{
    public static async Task<AccountInfo?> FindAccountAsync(IGrainFactory grains, string name)
    {
        if (NameRules.Check(name) is not null)
        {
            return null;
        }

        var owner = (await grains.GetGrain<ICharacterGrain>(NameRules.KeyOf(name)).GetInfoAsync())?.AccountName ?? name;
        return await grains.GetGrain<IAccountGrain>(NameRules.KeyOf(owner)).GetInfoAsync();
    }
}
