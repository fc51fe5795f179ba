using System.Collections.Immutable;
using Orleans.Concurrency;

namespace Mud.Mail;

/// <summary>An account's stored mail, oldest first, numbered from 1 as <c>mail</c> lists it. Keyed by the account key.</summary>
public interface IMailboxGrain : IGrainWithStringKey
{
    /// <summary>Files a message. Returns why not (the mailbox is full), or null when it was delivered.</summary>
    Task<string?> DeliverAsync(MailMessage message);

    /// <summary>Every message, oldest first.</summary>
    [ReadOnly]
    Task<ImmutableArray<MailMessage>> ListAsync();

    /// <summary>Message <paramref name="number"/>, marked read from now on; null when there is no such message.</summary>
    Task<MailMessage?> ReadAsync(int number);

    /// <summary>Deletes message <paramref name="number"/>; false when there is no such message.</summary>
    Task<bool> DeleteAsync(int number);

    /// <summary>How many messages have not been read.</summary>
    [ReadOnly]
    Task<int> CountUnreadAsync();
}

/// <summary>One letter: who sent it to whom (display names), when, and whether its owner has read it.</summary>
[GenerateSerializer, Immutable, Alias("MailMessage")]
public sealed record MailMessage(
    [property: Id(0)] string From,
    [property: Id(1)] ImmutableArray<string> To,
    [property: Id(2)] string Subject,
    [property: Id(3)] string Body,
    [property: Id(4)] DateTimeOffset SentAt,
    [property: Id(5)] bool Read = false);
