using Mud.Accounts;

namespace Mud.Commands;

/// <summary>What help and suggestions need to know about a command, whatever it runs against.</summary>
public interface ICommandInfo
{
    /// <summary>The word that runs the command.</summary>
    string Key { get; }

    /// <summary>Other words that run it.</summary>
    IReadOnlyList<string> Aliases { get; }

    /// <summary>The heading it is listed under in <c>help</c>.</summary>
    string Category { get; }

    /// <summary>One line for the <c>help</c> index.</summary>
    string Summary { get; }

    /// <summary>Usage and details for <c>help &lt;command&gt;</c>, in colour markup.</summary>
    string Help { get; }

    /// <summary>The least permission level that may use the command; checked before it runs, and it is hidden from help for others.</summary>
    PermissionLevel Permission { get; }
}

/// <summary>
/// A player command: its metadata (from which help is generated) and what it does.
/// Commands are stateless singletons; everything they act on comes through <typeparamref name="TContext"/>.
/// </summary>
public abstract class Command<TContext> : ICommandInfo
{
    public abstract string Key { get; }

    public virtual IReadOnlyList<string> Aliases => [];

    public abstract string Category { get; }

    public abstract string Summary { get; }

    public abstract string Help { get; }

    public virtual PermissionLevel Permission => PermissionLevel.Player;

    public abstract Task ExecuteAsync(TContext context, string arguments);

    public bool Matches(string word) =>
        Key.Equals(word, StringComparison.OrdinalIgnoreCase) || Aliases.Any(a => a.Equals(word, StringComparison.OrdinalIgnoreCase));
}
