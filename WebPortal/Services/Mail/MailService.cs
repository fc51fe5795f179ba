using System.Collections.Immutable;
using Mud.Mail;

namespace Mud.WebPortal.Services.Mail;

/// <summary>
/// The logged-in account's mail for the web pages: the inbox, one letter, delete, send and reply. The mailbox
/// and post office grains keep the rules (limits, recipients, the "new letter" notice); this only carries
/// requests and answers, and keeps nothing between calls. Letters are numbered from 1, oldest first, as <c>mail</c>
/// numbers them in the game.
/// </summary>
public sealed class MailService(GameCalls game)
{
    private const string NotAnswered = "The game did not answer, so the letter may or may not have gone.";

    public Task<Answer<ImmutableArray<MailMessage>>> ListAsync(string accountKey, CancellationToken cancellationToken = default) =>
        game.ReadAsync(c => c.GetGrain<IMailboxGrain>(accountKey).ListAsync(), cancellationToken);

    /// <summary>Letter <paramref name="number"/>, marked read from now on (null: there is none).</summary>
    public Task<Answer<MailMessage?>> ReadAsync(string accountKey, int number, CancellationToken cancellationToken = default) =>
        game.WriteAsync(c => c.GetGrain<IMailboxGrain>(accountKey).ReadAsync(number), cancellationToken);

    /// <summary>Deletes letter <paramref name="number"/>; false when there is no such letter.</summary>
    public Task<Answer<bool>> DeleteAsync(string accountKey, int number) =>
        game.WriteAsync(c => c.GetGrain<IMailboxGrain>(accountKey).DeleteAsync(number));

    /// <summary>Sends a letter to the players named in <paramref name="to"/>, separated by commas.</summary>
    public async Task<MailReceipt> SendAsync(string accountKey, string to, string subject, string body)
    {
        ImmutableArray<string> recipients = [.. to.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
        var answer = await game.WriteAsync(c => c.GetGrain<IPostOfficeGrain>(0).SendAsync(accountKey, recipients, subject.Trim(), body.Trim()));
        return answer.IsAvailable ? answer.Value! : MailReceipt.Refused(NotAnswered);
    }

    /// <summary>Answers letter <paramref name="number"/>'s sender.</summary>
    public async Task<MailReceipt> ReplyAsync(string accountKey, int number, string body)
    {
        var answer = await game.WriteAsync(c => c.GetGrain<IPostOfficeGrain>(0).ReplyAsync(accountKey, number, body.Trim()));
        return answer.IsAvailable ? answer.Value! : MailReceipt.Refused(NotAnswered);
    }
}
