using Mud.Channels;

namespace Mud.Commands.Community;

internal sealed class ChannelCreateCommand : Command<ISessionContext>
{
    public override string Key => "@ccreate";

    public override string Category => "Channels";

    public override string Summary => "Create a channel.";

    public override string Help => $"""
        |w@ccreate <name>[;<alias>...] = <description>|n

        Creates a channel anyone may listen and speak on, and only staff administer (change with |w@cset|n).
        Names and aliases are {ChannelNames.MinLength} to {ChannelNames.MaxLength} letters and digits, starting with
        a letter, and no command's word. Example: |w@ccreate Trade;tr;market = Buying and selling.|n
        """;

    public override Accounts.PermissionLevel Permission => Accounts.PermissionLevel.Admin;

    public override async Task ExecuteAsync(ISessionContext context, string arguments)
    {
        var parts = arguments.Split('=', 2, StringSplitOptions.TrimEntries);
        var words = parts[0].Split(';', StringSplitOptions.TrimEntries);
        if (parts is not [_, var description] || words.Any(w => w.Length == 0) || description.Length == 0)
        {
            context.Send("Usage: |w@ccreate <name>[;<alias>...] = <description>|n");
            return;
        }

        var info = new ChannelInfo(words[0], [.. words.Skip(1)], description, ChannelPolicy.Open);
        var refusal = await context.Grains.GetGrain<IChannelDirectoryGrain>(0).CreateAsync(info);
        context.Send(refusal ?? $"Channel {info.Name} created. Join it with |wjoin {info.Key}|n.");
        if (refusal is null)
        {
            await Admin.AdminSyntax.AuditAsync(context, "channel create", info.Name, info.Description);
        }
    }
}
