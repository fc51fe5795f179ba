namespace Mud.Accounts;

/// <summary>What an account may do, each level including the ones below it. Assigned with <c>@perm</c>.</summary>
[GenerateSerializer]
public enum PermissionLevel
{
    Player = 0,
    Helper = 1,
    Builder = 2,
    Admin = 3,
    Developer = 4,
}
