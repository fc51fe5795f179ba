using Mud.Characters;

namespace Mud.Commands.Character;

/// <summary>Sparring: one exchange of blows with something that hits back, such as the training dummy.</summary>
internal sealed class AttackCommand : Command<ICharacterContext>
{
    public override string Key => "attack";

    public override IReadOnlyList<string> Aliases => ["kill", "hit"];

    public override string Category => "Fighting";

    public override string Summary => "Attack something that fights back.";

    public override string Help => """
        |wattack <target>|n
        |wkill <target>|n

        One exchange of blows. Some things hit back, like the training dummy south of the village gate.
        Each exchange teaches you something; enough of it and you gain a level. Nothing here can kill you:
        at the end of your strength you are knocked down and left with 1 health.
        """;

    public override async Task ExecuteAsync(ICharacterContext context, string arguments)
    {
        if (arguments.Length == 0)
        {
            context.Send("Attack what?");
            return;
        }

        var target = await context.Room.FindSparringAsync(arguments);
        if (target is null)
        {
            var present = await context.Room.FindAsync(arguments, context.Key);
            context.Send(present is null
                ? $"You see no '{Text.Markup.Escape(arguments)}' here."
                : $"You think better of attacking {(present.CharacterKey is null ? "the " + present.Name : present.Name)}.");
            return;
        }

        var sparring = target.Sparring;
        var damage = Random.Shared.Next(sparring.MinDamage, sparring.MaxDamage + 1);
        var before = context.Vitals;
        var knockedDown = before.Health - damage < 1;
        var after = await context.ChangeVitalsAsync(v =>
            VitalsRules.GainExperience(v with { Health = Math.Max(1, v.Health - damage) }, sparring.Experience));

        context.Send($"You strike the {target.Name}. It swings back and hits you for |r{damage}|n ({after.Health}/{after.HealthMax} health).");
        if (knockedDown)
        {
            context.Send("|rYou are knocked flat.|n You lie in the dirt for a moment, then get up, aching.");
        }

        if (after.Level > before.Level)
        {
            context.Send($"|yYou have reached level {after.Level}!|n You feel stronger, and fully restored.");
        }

        await context.Room.BroadcastAsync($"{context.Name} attacks the {target.Name}, which swings back.", context.Key);
    }
}
