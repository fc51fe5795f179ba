namespace Mud.Mail;

/// <summary>What is stored for a mailbox: its letters, oldest first.</summary>
public sealed class MailboxState
{
    public List<MailMessage> Messages { get; set; } = [];
}
