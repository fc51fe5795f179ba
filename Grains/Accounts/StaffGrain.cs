using System.Collections.Immutable;

namespace Mud.Accounts;

[GrainType("staff")]
public sealed class StaffGrain([PersistentState("staff", "store")] IPersistentState<StaffState> staff) : Grain, IStaffGrain
{
    public async Task<bool> ClaimFoundingAsync(string accountKey)
    {
        if (staff.State.Founded)
        {
            return false;
        }

        staff.State.Founded = true;
        staff.State.Staff[accountKey] = PermissionLevel.Developer;
        await staff.WriteStateAsync();
        return true;
    }

    public async Task<string?> ChangeLevelAsync(string accountKey, PermissionLevel level)
    {
        var developers = staff.State.Staff.Count(s => s.Value == PermissionLevel.Developer);
        if (level < PermissionLevel.Developer && staff.State.Staff.GetValueOrDefault(accountKey) == PermissionLevel.Developer && developers == 1)
        {
            return "That is the last Developer: make someone else a Developer first.";
        }

        if (level == PermissionLevel.Player)
        {
            staff.State.Staff.Remove(accountKey);
        }
        else
        {
            staff.State.Staff[accountKey] = level;
        }

        await staff.WriteStateAsync();
        return null;
    }

    public Task<ImmutableSortedDictionary<string, PermissionLevel>> GetStaffAsync() =>
        Task.FromResult(staff.State.Staff.ToImmutableSortedDictionary(StringComparer.Ordinal));
}
