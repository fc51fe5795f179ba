using Mud.Channels;

namespace Mud.Accounts;

/// <summary>What is stored for an account.</summary>
public sealed class AccountState
{
    public string Name { get; set; } = "";
    public string PasswordHash { get; set; } = "";

    /// <summary>Web login cookies carry the stamp they were issued with; a new one (password change, log out everywhere) voids them all.</summary>
    public string SecurityStamp { get; set; } = "";
    public List<string> Characters { get; set; } = [];
    public PermissionLevel Level { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Why an administrator locked the account, or null when it is not locked.</summary>
    public string? LockedBecause { get; set; }

    /// <summary>The character played most recently, which logging in puppets first.</summary>
    public string? LastPuppet { get; set; }

    /// <summary>The channels the account is on, in the order it joined them.</summary>
    public List<ChannelSubscription> Channels { get; set; } = [];

    /// <summary>Nicks by the word typed (lower case): what each stands for.</summary>
    public Dictionary<string, string> Nicks { get; set; } = [];

    /// <summary>Keys of the accounts whose pages, tells and whispers this account does not get.</summary>
    public List<string> Ignored { get; set; } = [];
}
