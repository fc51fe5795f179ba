using System.ComponentModel.DataAnnotations;

namespace Mud.Settings;

/// <summary>Bans of accounts and addresses (configuration section <c>Mud:Bans</c>).</summary>
public sealed class BanOptions
{
    public const string Section = "Mud:Bans";

    /// <summary>What a banned client is told when it connects or logs in; the ban's end and reason follow it.</summary>
    [Required, StringLength(500, MinimumLength = 1)]
    public string Message { get; set; } = "You are banned from this game.";
}
