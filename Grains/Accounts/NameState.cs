namespace Mud.Accounts;

/// <summary>What is stored for a held name; a free name has no record.</summary>
public sealed class NameState
{
    /// <summary>The key of the account holding the name.</summary>
    public string OwnerKey { get; set; } = "";

    public NameUses Uses { get; set; }
}
