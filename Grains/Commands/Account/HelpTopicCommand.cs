using Mud.Accounts;
using Mud.Help;

namespace Mud.Commands.Account;

/// <summary>Builders write help topics in the game; <c>help &lt;topic&gt;</c> shows them to everyone.</summary>
internal sealed class HelpTopicCommand : Command<ISessionContext>
{
    public override string Key => "@help";

    public override string Category => "Building";

    public override PermissionLevel Permission => PermissionLevel.Builder;

    public override string Summary => "Write or remove a help topic.";

    public override string Help => """
        |w@help <topic>[;alias;...] = <text>|n
        |w@help/category <topic> = <category>|n
        |w@help/del <topic>|n

        Adds or replaces a help topic that |whelp <topic>|n shows to everyone (colour markup allowed; |w|/|n starts
        a new line). Topics are listed under their category in |whelp|n, |wTopics|n unless set otherwise.
        """;

    public override async Task ExecuteAsync(ISessionContext context, string arguments)
    {
        var topics = context.Grains.GetGrain<IHelpTopicsGrain>(0);
        if (arguments.StartsWith("/del ", StringComparison.OrdinalIgnoreCase))
        {
            var key = arguments[5..].Trim();
            context.Send(await topics.RemoveAsync(key) ? $"The topic |w{Text.Markup.Escape(key)}|n is gone." : $"There is no topic '{Text.Markup.Escape(key)}'.");
            return;
        }

        var category = arguments.StartsWith("/category ", StringComparison.OrdinalIgnoreCase);
        var text = category ? arguments[10..] : arguments;
        var equals = text.IndexOf('=');
        if (equals <= 0 || text[(equals + 1)..].Trim().Length == 0)
        {
            context.Send("Usage: |w@help <topic>[;alias] = <text>|n, |w@help/category <topic> = <category>|n or |w@help/del <topic>|n.");
            return;
        }

        var names = text[..equals].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var value = text[(equals + 1)..].Trim();
        var existing = await topics.FindAsync(names[0]);
        if (category && existing is null)
        {
            context.Send($"There is no topic '{Text.Markup.Escape(names[0])}'.");
            return;
        }

        var topic = category
            ? existing! with { Category = Text.Markup.Escape(value), Author = context.Account!.Name }
            : new HelpTopic(names[0], [.. names.Skip(1)], existing?.Category ?? "Topics", value, context.Account!.Name);
        var problem = await topics.SetAsync(topic);
        context.Send(problem is null ? $"The topic |w{Text.Markup.Escape(topic.Key.ToLowerInvariant())}|n is saved." : Text.Markup.Escape(problem));
    }
}
