using System.Text;
using Mud.Help;

namespace Mud.Commands.Account;

/// <summary>Help generated from the commands' own metadata, so it never falls out of step with them.</summary>
internal sealed class HelpCommand : Command<ISessionContext>
{
    public override string Key => "help";

    public override IReadOnlyList<string> Aliases => ["?"];

    public override string Category => "General";

    public override string Summary => "List commands, or explain one.";

    public override string Help => "|whelp|n\n|whelp <command>|n\n\nWithout a topic, lists what you can do here. With one, explains that command.";

    public override async Task ExecuteAsync(ISessionContext context, string arguments)
    {
        var visible = context.VisibleCommands.ToList();
        var topics = context.Grains.GetGrain<IHelpTopicsGrain>(0);
        context.Send(arguments.Length == 0 ? Index(visible, await topics.GetAllAsync()) : await TopicAsync(arguments, visible, topics));
    }

    private static string Index(IEnumerable<ICommandInfo> commands, IEnumerable<HelpTopic> topics)
    {
        var text = new StringBuilder("|wCommands|n (type |whelp <command>|n for more):");
        foreach (var group in commands.GroupBy(c => c.Category).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.Append($"\n|c{group.Key}|n");
            foreach (var command in group.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                text.Append($"\n  |w{command.Key,-12}|n {command.Summary}");
            }
        }

        foreach (var group in topics.GroupBy(t => t.Category).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.Append($"\n|c{group.Key}|n\n  {string.Join(", ", group.Select(t => t.Key))}");
        }

        return text.ToString();
    }

    private static async Task<string> TopicAsync(string topic, List<ICommandInfo> commands, IHelpTopicsGrain topics)
    {
        var word = topic.Split(' ', 2)[0];
        var command = commands.FirstOrDefault(c => c.Key.Equals(word, StringComparison.OrdinalIgnoreCase))
            ?? commands.FirstOrDefault(c => c.Aliases.Contains(word, StringComparer.OrdinalIgnoreCase));
        if (command is null && await topics.FindAsync(word) is { } written)
        {
            return $"|wHelp on {written.Key}|n ({written.Category})\n\n{written.Text}";
        }

        if (command is null)
        {
            var guesses = CommandSuggestions.Suggest(word, commands).Take(3).ToList();
            var hint = guesses.Count == 0 ? "" : $" Did you mean {string.Join(" or ", guesses)}?";
            return $"There is no help on '{Text.Markup.Escape(word)}'.{hint}";
        }

        var aliases = command.Aliases.Count == 0 ? "" : $"\nAliases: {string.Join(", ", command.Aliases)}";
        return $"|wHelp for {command.Key}|n ({command.Category}): {command.Summary}\n\n{command.Help}{aliases}";
    }
}
