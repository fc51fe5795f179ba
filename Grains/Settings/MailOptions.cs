using System.ComponentModel.DataAnnotations;

namespace Mud.Settings;

/// <summary>In-game mail (configuration section <c>Mud:Mail</c>).</summary>
public sealed class MailOptions
{
    public const string Section = "Mud:Mail";

    [Range(1, 200)]
    public int MaxSubjectLength { get; set; } = 80;

    [Range(1, 100_000)]
    public int MaxBodyLength { get; set; } = 4_000;

    /// <summary>Messages one mailbox holds; mail to a full mailbox is refused and the sender told.</summary>
    [Range(1, 10_000)]
    public int MaxMessages { get; set; } = 100;

    /// <summary>Recipients one message may have.</summary>
    [Range(1, 100)]
    public int MaxRecipients { get; set; } = 10;
}
