using Mud.Accounts;

namespace Mud.Channels;

/// <summary>
/// Who a channel's rules let in. The one place that decides who counts as staff and what a rule means, so
/// a richer lock language can replace it without touching the channels or the commands.
/// </summary>
public static class ChannelLocks
{
    /// <summary>The account as channel rules see it.</summary>
    public static ChannelMember MemberOf(AccountInfo account) => new(NameRules.KeyOf(account.Name), account.Name, IsStaff(account));

    public static bool IsStaff(AccountInfo account) => account.Level >= PermissionLevel.Helper;

    public static bool Allows(ChannelPolicy policy, ChannelRuleKind kind, ChannelMember who) => policy[kind] switch
    {
        ChannelAccess.Anyone => true,
        ChannelAccess.Staff => who.IsStaff,
        _ => false,
    };

    /// <summary>A rule as players write it: <c>anyone</c> or <c>staff</c>.</summary>
    public static string Describe(ChannelAccess access) => access switch
    {
        ChannelAccess.Staff => "staff",
        _ => "anyone",
    };

    public static ChannelAccess? ParseAccess(string word) => word.ToLowerInvariant() switch
    {
        "anyone" => ChannelAccess.Anyone,
        "staff" => ChannelAccess.Staff,
        _ => null,
    };

    public static ChannelRuleKind? ParseKind(string word) => word.ToLowerInvariant() switch
    {
        "listen" => ChannelRuleKind.Listen,
        "speak" => ChannelRuleKind.Speak,
        "admin" => ChannelRuleKind.Admin,
        _ => null,
    };
}
