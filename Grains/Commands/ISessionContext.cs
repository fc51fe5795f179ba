using Mud.Accounts;
using Mud.Settings;

namespace Mud.Commands;

/// <summary>What login-screen and account commands act on: the session that typed them.</summary>
public interface ISessionContext
{
    IGrainFactory Grains { get; }

    GameOptions Game { get; }

    TimeProvider Clock { get; }

    string RemoteAddress { get; }

    /// <summary>The logged-in account, or null at the login screen.</summary>
    AccountInfo? Account { get; }

    /// <summary>The puppeted character's name, or null when out of character.</summary>
    string? PuppetName { get; }

    /// <summary>The commands this session can use now, for help and suggestions.</summary>
    IEnumerable<ICommandInfo> VisibleCommands { get; }

    void Send(string markup);

    /// <summary>Asks for a password on the next line, with the client's echo turned off.</summary>
    Task PromptForPasswordAsync(string accountName);

    /// <summary>Checks throttles and the password, then logs the session in (and puppets, if configured).</summary>
    Task LoginAsync(string accountName, string password);

    /// <summary>Shows the connection screen again.</summary>
    void ShowConnectionScreen();

    /// <summary>Ends this session with a goodbye.</summary>
    Task QuitAsync();
}
