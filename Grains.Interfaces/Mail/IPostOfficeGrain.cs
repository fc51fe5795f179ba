using System.Collections.Immutable;
using Orleans.Concurrency;

namespace Mud.Mail;

/// <summary>
/// Sends letters for an account, whoever asks (the <c>mail</c> command, the web site): checks the letter and its
/// recipients, files a copy in each mailbox and tells each recipient who is online. Keeps nothing (key 0).
/// </summary>
public interface IPostOfficeGrain : IGrainWithIntegerKey
{
    /// <summary>Sends a letter from the account <paramref name="senderAccountKey"/> to players named by account or character.</summary>
    Task<MailReceipt> SendAsync(string senderAccountKey, ImmutableArray<string> recipients, string subject, string body);

    /// <summary>Answers letter <paramref name="number"/> of the sender's mailbox: to its sender, its subject with one "Re: ".</summary>
    Task<MailReceipt> ReplyAsync(string senderAccountKey, int number, string body);
}

/// <summary>
/// What became of a letter: refused whole (<see cref="Refusal"/>, a sentence in markup), or sent to some recipients
/// and refused by the mailboxes of others.
/// </summary>
[GenerateSerializer, Immutable, Alias("MailReceipt")]
public sealed record MailReceipt(
    [property: Id(0)] string? Refusal,
    [property: Id(1)] ImmutableArray<string> SentTo,
    [property: Id(2)] ImmutableArray<MailRefusal> NotSentTo)
{
    public static MailReceipt Refused(string refusal) => new(refusal, [], []);

    /// <summary>Whether at least one mailbox took the letter.</summary>
    public bool Sent => !SentTo.IsDefaultOrEmpty;

    /// <summary>What the sender is told, a sentence a line, in markup.</summary>
    public IEnumerable<string> Lines
    {
        get
        {
            if (Refusal is not null)
            {
                yield return Refusal;
                yield break;
            }

            foreach (var refusal in NotSentTo.IsDefault ? [] : NotSentTo)
            {
                yield return $"Not sent to {refusal.Recipient}: {refusal.Reason}.";
            }

            if (Sent)
            {
                yield return $"Letter sent to {string.Join(", ", SentTo)}.";
            }
        }
    }
}

/// <summary>A recipient whose mailbox refused a letter, and why (the mailbox is full).</summary>
[GenerateSerializer, Immutable, Alias("MailRefusal")]
public sealed record MailRefusal([property: Id(0)] string Recipient, [property: Id(1)] string Reason);
