using System.Collections.Immutable;
using Mud.Accounts;
using Mud.Sessions;
using Mud.Settings;

namespace Mud.Commands;

/// <summary>What login-screen and account commands act on: the session that typed them.</summary>
public interface ISessionContext
{
    IGrainFactory Grains { get; }

    GameOptions Game { get; }

    MailOptions Mail { get; }

    ChannelOptions Channels { get; }

    TimeProvider Clock { get; }

    string SessionId { get; }

    string RemoteAddress { get; }

    /// <summary>The logged-in account, or null at the login screen.</summary>
    AccountInfo? Account { get; }

    /// <summary>The logged-in account's grain, or null at the login screen.</summary>
    IAccountGrain? AccountGrain { get; }

    /// <summary>The puppeted character's key, or null when out of character.</summary>
    string? PuppetKey { get; }

    /// <summary>This session as <c>sessions</c> shows it.</summary>
    SessionSummary Summary { get; }

    /// <summary>The commands this session can use now, for help and suggestions.</summary>
    IEnumerable<ICommandInfo> VisibleCommands { get; }

    void Send(string markup);

    /// <summary>Uses these nicks from the next line on (after a command changed them).</summary>
    void UseNicks(ImmutableDictionary<string, string> nicks);

    /// <summary>Marks the puppet away from the keyboard in <c>who</c>, until this session's next line.</summary>
    Task GoAwayAsync(string message);

    /// <summary>Keeps the session's copy of its account up to date after a command changed it.</summary>
    void UpdateAccount(AccountInfo account);

    /// <summary>Asks for a password on the next line, with the client's echo turned off.</summary>
    Task PromptForPasswordAsync(string accountName);

    /// <summary>Asks "are you sure?"; a "yes" on the next line runs <paramref name="commandKey"/>'s confirmed step.</summary>
    Task AskToConfirmAsync(string question, string commandKey, string arguments);

    /// <summary>Checks throttles and the password, then logs the session in (and puppets, if configured).</summary>
    Task LoginAsync(string accountName, Password password);

    /// <summary>Asks the account to let this session puppet a character, and takes it up if allowed.</summary>
    Task PuppetAsync(string characterName, bool overrideOwner);

    /// <summary>Stops puppeting, back to the account.</summary>
    Task UnpuppetAsync();

    /// <summary>Shows the connection screen again.</summary>
    void ShowConnectionScreen();

    /// <summary>Ends this session with a goodbye.</summary>
    Task QuitAsync();
}
