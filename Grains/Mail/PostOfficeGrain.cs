using System.Collections.Immutable;
using Microsoft.Extensions.Options;
using Mud.Accounts;
using Mud.Commands.Account;
using Mud.Settings;
using Orleans.Concurrency;

namespace Mud.Mail;

/// <summary>
/// Sends letters: the limits, the recipients by account or character name, a copy per mailbox, and the "new
/// letter" notice to each recipient. The mailboxes check the limits again, whoever files a letter.
/// </summary>
[GrainType("post-office"), StatelessWorker]
public sealed class PostOfficeGrain(IOptions<MailOptions> options, TimeProvider clock) : Grain, IPostOfficeGrain
{
    public async Task<MailReceipt> SendAsync(string senderAccountKey, ImmutableArray<string> recipients, string subject, string body)
    {
        var limits = options.Value;
        if (recipients.IsDefaultOrEmpty)
        {
            return MailReceipt.Refused("Not sent: a letter needs someone to go to.");
        }

        if (recipients.Length > limits.MaxRecipients)
        {
            return MailReceipt.Refused($"Not sent: a letter may go to at most {limits.MaxRecipients} players.");
        }

        if (MailRules.Problem(subject, body, limits) is { } problem)
        {
            return MailReceipt.Refused($"Not sent: {problem}.");
        }

        if (await GrainFactory.GetGrain<IAccountGrain>(senderAccountKey).GetInfoAsync() is not { } sender)
        {
            return MailReceipt.Refused("Not sent: your account no longer exists.");
        }

        var accounts = new List<AccountInfo>();
        foreach (var name in recipients)
        {
            if (await Players.FindAccountAsync(GrainFactory, name) is not { } account)
            {
                return MailReceipt.Refused($"Not sent: there is no player called {Text.Markup.Escape(name)}.");
            }

            if (!accounts.Any(a => a.Name == account.Name))
            {
                accounts.Add(account);
            }
        }

        var letter = new MailMessage(sender.Name, [.. accounts.Select(a => a.Name)], subject, body, clock.GetUtcNow());
        var sent = ImmutableArray.CreateBuilder<string>();
        var refused = ImmutableArray.CreateBuilder<MailRefusal>();
        foreach (var account in accounts)
        {
            var key = NameRules.KeyOf(account.Name);
            if (await GrainFactory.GetGrain<IMailboxGrain>(key).DeliverAsync(letter) is { } refusal)
            {
                refused.Add(new MailRefusal(account.Name, refusal));
                continue;
            }

            sent.Add(account.Name);
            await GrainFactory.GetGrain<IAccountGrain>(key).MessageAsync(
                $"|mYou have a new letter from {sender.Name}:|n {Text.Markup.Escape(subject)}. Type |wmail|n to read it.");
        }

        return new MailReceipt(null, sent.ToImmutable(), refused.ToImmutable());
    }

    public async Task<MailReceipt> ReplyAsync(string senderAccountKey, int number, string body)
    {
        var letters = await GrainFactory.GetGrain<IMailboxGrain>(senderAccountKey).ListAsync();
        if (number < 1 || number > letters.Length)
        {
            return MailReceipt.Refused($"You have no letter number {number}. Type |wmail|n to see them.");
        }

        var original = letters[number - 1];
        return await SendAsync(senderAccountKey, [original.From], MailRules.ReplySubject(original.Subject, options.Value), body);
    }
}
