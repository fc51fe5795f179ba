using System.Collections.Frozen;

namespace Mud.Commands;

/// <summary>The commands available in one situation (the login screen, an account, a character), looked up by key or alias.</summary>
public sealed class CommandSet<TContext>
{
    private readonly FrozenDictionary<string, Command<TContext>> _byWord;

    public CommandSet(IEnumerable<Command<TContext>> commands)
    {
        Commands = [.. commands];
        var byWord = new Dictionary<string, Command<TContext>>(StringComparer.OrdinalIgnoreCase);
        foreach (var command in Commands)
        {
            foreach (var word in command.Aliases.Prepend(command.Key))
            {
                if (!byWord.TryAdd(word, command))
                {
                    throw new ArgumentException($"Two commands answer to '{word}'.", nameof(commands));
                }
            }
        }

        _byWord = byWord.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<Command<TContext>> Commands { get; }

    public Command<TContext>? Find(string word) => _byWord.GetValueOrDefault(word);
}
