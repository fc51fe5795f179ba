using Mud.Accounts;
using Mud.Objects;

namespace Mud.Commands.Building;

internal sealed class LockCommand : Command<ICharacterContext>
{
    private const string Usage = "Usage: |w@lock <object> = <access>:<lock>[; <access>:<lock>]|n, |w@lock/del <object> = <access>|n or |w@lock <object>|n";

    public override string Key => "@lock";

    public override string Category => "Building";

    public override string Summary => "Set, remove or show the locks of an object.";

    public override string Help => """
        |w@lock <object> = <access>:<lock>[; <access>:<lock>]|n
        |w@lock/del <object> = <access>|n
        |w@lock <object>|n

        A lock decides who may do something with an object. Access types: |wget|n, |wtraverse|n and |wopen|n (exits),
        |wpuppet|n, |wedit|n, |wdelete|n, |wcontrol|n. A lock is lock functions joined by |wand|n, |wor|n,
        |wnot|n and parentheses: |wall()|n, |wnone()|n, |wperm(Builder)|n, |wperm_above(Helper)|n,
        |wid(alice)|n, |waccount(alice)|n, |wholds(key)|n, |wtag(guard)|n, |wattr(level, 5, ge)|n.
        Removing a lock brings back the default for the object's kind. Set the attribute
        |w<access>_failmsg|n to say something of your own when the lock refuses.

        Example: |w@lock door = traverse:holds(iron key) or perm(Builder)|n
        """;

    public override PermissionLevel Permission => PermissionLevel.Builder;

    public override async Task ExecuteAsync(ICharacterContext context, string arguments)
    {
        var (switches, rest) = BuildingSyntax.Switches(arguments);
        if (rest.Length == 0 || switches.Any(s => s != "del"))
        {
            context.Send(Usage);
            return;
        }

        var (objectPart, locks) = BuildingSyntax.Assignment(rest) ?? (rest, "");
        if (await BuilderTargets.FindAsync(context, objectPart) is not { } target)
        {
            return;
        }

        if (locks.Length == 0)
        {
            context.Send(switches.IsEmpty && !rest.Contains('=') ? $"Locks of {BuilderTargets.Shown(target)}:\n{ObjectDescription.Locks(target)}" : Usage);
            return;
        }

        if (switches.Contains("del"))
        {
            if (await BuilderEdits.EditAsync(context, target, new SetLock(locks, null)) is { } unlocked)
            {
                context.Send($"You remove the {Text.Markup.Escape(locks)} lock of {BuilderTargets.Shown(unlocked)}; it is {Text.Markup.Escape(Objects.Locks.Locks.DefaultFor(unlocked.Kind, locks))} again.");
            }

            return;
        }

        var parts = locks.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var edits = new List<SetLock>();
        foreach (var part in parts)
        {
            var colon = part.IndexOf(':');
            if (colon <= 0)
            {
                context.Send($"'{Text.Markup.Escape(part)}' names no access type. {Usage}");
                return;
            }

            edits.Add(new SetLock(part[..colon].Trim(), part[(colon + 1)..].Trim()));
        }

        // Every lock is checked before any is set, so a typo in the second does not leave the first half-done.
        var problem = edits.Select(e => !LockSet.AccessTypes.Contains(e.Access, StringComparer.OrdinalIgnoreCase)
                ? $"'{e.Access}' is not an access type ({string.Join(", ", LockSet.AccessTypes)})."
                : Objects.Locks.Locks.Problem(e.Expression!))
            .FirstOrDefault(p => p is not null);
        if (problem is not null)
        {
            context.Send(Text.Markup.Escape(problem));
            return;
        }

        var current = target;
        foreach (var edit in edits)
        {
            if (await BuilderEdits.EditAsync(context, current, edit) is not { } after)
            {
                return;
            }

            current = after;
            context.Send($"{BuilderTargets.Shown(after)}: {Text.Markup.Escape(edit.Access.ToLowerInvariant())}:{Text.Markup.Escape(edit.Expression!)}");
        }
    }
}
