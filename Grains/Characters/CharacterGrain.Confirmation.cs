using Mud.Commands;
using Mud.Sessions;

namespace Mud.Characters;

/// <summary>
/// Questions a character command asks before it acts (<c>@destroy</c>): kept in memory, answered by the next line
/// the asking session sends this character. A question left unanswered expires, so a "yes" typed much later, after
/// lines the character never saw (account commands run in the session), cannot set off an old question.
/// </summary>
public sealed partial class CharacterGrain
{
    private static readonly TimeSpan ConfirmationLifetime = TimeSpan.FromMinutes(2);

    private PendingCharacterConfirmation? _confirmation;

    // The session whose command is running: the one a question is asked of.
    private string? _commandSessionId;

    public void AskToConfirm(string question, string commandKey, string arguments)
    {
        if (_commandSessionId is not { } asker)
        {
            return;
        }

        _confirmation = new PendingCharacterConfirmation(asker, commandKey, arguments, clock.GetUtcNow());
        Send($"{question} Type |wyes|n to confirm; anything else cancels.");
    }

    private PendingCharacterConfirmation? TakeConfirmation(SessionAddress session)
    {
        if (_confirmation is not { } pending || pending.SessionId != session.SessionId)
        {
            return null;
        }

        _confirmation = null;
        return clock.GetUtcNow() - pending.AskedAt <= ConfirmationLifetime ? pending : null;
    }

    private async Task AnswerConfirmationAsync(PendingCharacterConfirmation pending, string verb, string arguments)
    {
        if (!verb.Equals("yes", StringComparison.OrdinalIgnoreCase) || arguments.Length > 0)
        {
            Send("Cancelled.");
            return;
        }

        // The level is checked again: it may have been taken away since the question.
        if (CommandCatalog.Character.Find(pending.CommandKey) is { } command and IConfirmedCharacterCommand confirmed && command.Permission <= Level)
        {
            await confirmed.ConfirmedAsync(this, pending.Arguments);
        }
    }

    private sealed record PendingCharacterConfirmation(string SessionId, string CommandKey, string Arguments, DateTimeOffset AskedAt);
}
