using Mud.Accounts;
using Mud.Objects;

namespace Mud.Commands.Building;

internal sealed class SetCommand : Command<ICharacterContext>
{
    private const string Usage = "Usage: |w@set <object>/<attribute> = <value>|n (no value removes it).";

    public override string Key => "@set";

    public override string Category => "Building";

    public override string Summary => "Set, show or remove an attribute of an object.";

    public override string Help => """
        |w@set <object>/<attribute> = <value>|n
        |w@set <object>/<attribute> =|n
        |w@set <object>/<attribute>|n

        Sets an attribute, typed by how the value is written: |w5|n is a whole number, |w2.5|n a number,
        |wtrue|n or |wfalse|n a truth value, anything else text (quotes force text: |w"5"|n). With nothing
        after |w=|n the attribute is removed; without |w=|n it is shown. Behaviours read their settings
        from attributes, and |w<access>_failmsg|n is what a failed lock says.

        Example: |w@set sword/damage = 5|n
        """;

    public override PermissionLevel Permission => PermissionLevel.Builder;

    public override async Task ExecuteAsync(ICharacterContext context, string arguments)
    {
        var (left, value) = BuildingSyntax.Assignment(arguments) is var (l, r) ? (l, (string?)r) : (arguments.Trim(), null);
        var slash = left.LastIndexOf('/');
        if (slash <= 0 || slash == left.Length - 1)
        {
            context.Send(Usage);
            return;
        }

        var attribute = left[(slash + 1)..].Trim();
        if (await BuilderTargets.FindAsync(context, left[..slash]) is not { } target)
        {
            return;
        }

        if (value is null)
        {
            context.Send(target.Attributes.TryGetValue(attribute, out var shown)
                ? $"{BuilderTargets.Shown(target)}/{Text.Markup.Escape(attribute)} = {Text.Markup.Escape(shown.Display)} ({shown.Type})"
                : $"{BuilderTargets.Shown(target)} has no attribute '{Text.Markup.Escape(attribute)}'.");
            return;
        }

        if (value.Length == 0)
        {
            if (await BuilderEdits.EditAsync(context, target, new RemoveAttribute(attribute)) is not null)
            {
                context.Send($"You remove {Text.Markup.Escape(attribute)} from {BuilderTargets.Shown(target)}.");
            }

            return;
        }

        var typed = AttributeValue.Parse(value);
        if (await BuilderEdits.EditAsync(context, target, new SetAttribute(attribute, typed)) is { } after)
        {
            var stored = after.Attributes.GetValueOrDefault(attribute) ?? typed;
            context.Send($"{BuilderTargets.Shown(after)}/{Text.Markup.Escape(attribute.ToLowerInvariant())} = {Text.Markup.Escape(stored.Display)} ({stored.Type})");
        }
    }
}
