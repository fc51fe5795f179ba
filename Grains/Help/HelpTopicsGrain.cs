using System.Collections.Immutable;
using Mud.Commands;

namespace Mud.Help;

[GrainType("help-topics")]
public sealed class HelpTopicsGrain([PersistentState("help-topics", "store")] IPersistentState<HelpTopicsState> topics) : Grain, IHelpTopicsGrain
{
    public const int MaxTopics = 1000;
    public const int MaxTextLength = 8000;

    public async Task<string?> SetAsync(HelpTopic topic)
    {
        var key = topic.Key.Trim().ToLowerInvariant();
        if (Objects.ObjectNames.AttributeProblem(key) is not null)
        {
            return "A topic's name must be 1 to 40 letters, digits, '_' or '-', starting with a letter.";
        }

        if (CommandCatalog.Login.Find(key) is not null || CommandCatalog.Account.Find(key) is not null || CommandCatalog.Character.Find(key) is not null)
        {
            return $"'{key}' is a command; its help comes from the command itself.";
        }

        if (topic.Text.Length is 0 or > MaxTextLength)
        {
            return $"A topic's text must be 1 to {MaxTextLength} characters.";
        }

        if (!topics.State.Topics.ContainsKey(key) && topics.State.Topics.Count >= MaxTopics)
        {
            return $"There are already {MaxTopics} topics.";
        }

        topics.State.Topics[key] = topic with { Key = key, Text = Text.Markup.SanitizeInput(topic.Text), Aliases = [.. topic.Aliases.Select(a => a.Trim().ToLowerInvariant()).Where(a => a.Length > 0)] };
        await topics.WriteStateAsync();
        return null;
    }

    public async Task<bool> RemoveAsync(string key)
    {
        if (!topics.State.Topics.Remove(key.Trim().ToLowerInvariant()))
        {
            return false;
        }

        await topics.WriteStateAsync();
        return true;
    }

    public Task<HelpTopic?> FindAsync(string word)
    {
        var key = word.Trim().ToLowerInvariant();
        return Task.FromResult(topics.State.Topics.GetValueOrDefault(key) ?? topics.State.Topics.Values.FirstOrDefault(t => t.Aliases.Contains(key)));
    }

    public Task<ImmutableArray<HelpTopic>> GetAllAsync() =>
        Task.FromResult<ImmutableArray<HelpTopic>>([.. topics.State.Topics.Values.OrderBy(t => t.Key, StringComparer.Ordinal)]);
}
