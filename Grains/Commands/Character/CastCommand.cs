using Mud.Characters;

namespace Mud.Commands.Character;

internal sealed class CastCommand : Command<ICharacterContext>
{
    public override string Key => "cast";

    public override string Category => "Fighting";

    public override string Summary => "Cast a spell you know.";

    public override string Help => $"""
        |wcast heal|n

        Spends {VitalsRules.HealCost} mana at once, even when you are unhurt, and restores some health
        (more as you gain levels). Mana comes back slowly by itself.
        """;

    public override async Task ExecuteAsync(ICharacterContext context, string arguments)
    {
        if (!arguments.Equals("heal", StringComparison.OrdinalIgnoreCase))
        {
            context.Send(arguments.Length == 0 ? "Cast what? You know: |wheal|n." : $"You know no spell called '{Text.Markup.Escape(arguments)}'. You know: |wheal|n.");
            return;
        }

        var before = context.Vitals;
        if (before.Mana < VitalsRules.HealCost)
        {
            context.Send($"You need {VitalsRules.HealCost} mana to cast heal; you have {before.Mana}.");
            return;
        }

        var after = await context.ChangeVitalsAsync(v => VitalsRules.Adjust(v, VitalsRules.HealAmount(v.Level), -VitalsRules.HealCost));
        context.Send(after.Health > before.Health
            ? $"|gWarmth spreads through you.|n You heal {after.Health - before.Health} ({after.Health}/{after.HealthMax} health, {after.Mana} mana left)."
            : $"|gWarmth spreads through you,|n but you were not hurt. ({after.Mana} mana left.)");
        await context.Room.BroadcastAsync($"{context.Name} murmurs a few words and glows softly.", context.Key);
    }
}
