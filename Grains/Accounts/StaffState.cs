namespace Mud.Accounts;

/// <summary>What is stored for the staff roster.</summary>
public sealed class StaffState
{
    /// <summary>Whether the first account has been made the Developer; it happens once in a game's life.</summary>
    public bool Founded { get; set; }

    public Dictionary<string, PermissionLevel> Staff { get; set; } = new(StringComparer.Ordinal);
}
