using System.Collections.Immutable;
using Microsoft.Extensions.Options;
using Mud.Settings;

namespace Mud.Mail;

/// <summary>One account's letters. The limits are checked here too, whoever sends.</summary>
[GrainType("mailbox")]
public sealed class MailboxGrain(
    [PersistentState("mailbox", "store")] IPersistentState<MailboxState> mailbox,
    IOptions<MailOptions> options) : Grain, IMailboxGrain
{
    private List<MailMessage> Messages => mailbox.State.Messages;

    public async Task<string?> DeliverAsync(MailMessage message)
    {
        var limits = options.Value;
        if (MailRules.Problem(message.Subject, message.Body, limits) is { } problem)
        {
            return problem;
        }

        if (Messages.Count >= limits.MaxMessages)
        {
            return "that mailbox is full";
        }

        Messages.Add(message with { Read = false });
        await mailbox.WriteStateAsync();
        return null;
    }

    public Task<ImmutableArray<MailMessage>> ListAsync() => Task.FromResult(Messages.ToImmutableArray());

    public async Task<MailMessage?> ReadAsync(int number)
    {
        if (number < 1 || number > Messages.Count)
        {
            return null;
        }

        var message = Messages[number - 1];
        if (!message.Read)
        {
            Messages[number - 1] = message with { Read = true };
            await mailbox.WriteStateAsync();
        }

        return message;
    }

    public async Task<bool> DeleteAsync(int number)
    {
        if (number < 1 || number > Messages.Count)
        {
            return false;
        }

        Messages.RemoveAt(number - 1);
        await mailbox.WriteStateAsync();
        return true;
    }

    public Task<int> CountUnreadAsync()
    {
        // Asked once per login: reading the mailbox again at the next one costs less than keeping it for the session.
        DeactivateOnIdle();
        return Task.FromResult(Messages.Count(m => !m.Read));
    }
}
