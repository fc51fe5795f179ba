namespace Mud.Characters;

/// <summary>The arithmetic of health, mana, experience and levels. Pure, so the rules can be tested without a grain.</summary>
public static class VitalsRules
{
    /// <summary>Mana that <c>cast heal</c> costs, spent even at full health.</summary>
    public const int HealCost = 10;

    /// <summary>What a new character (or one from before vitals existed) starts with.</summary>
    public static Vitals Starting { get; } = AtLevel(1, experience: 0);

    public static int HealthMaxAt(int level) => 80 + (20 * level);

    public static int ManaMaxAt(int level) => 40 + (10 * level);

    /// <summary>The total experience at which <paramref name="level"/> becomes the next one: 100, 300, 600, ...</summary>
    public static int ExperienceForNextLevel(int level) => 50 * level * (level + 1);

    /// <summary>Health <c>cast heal</c> restores.</summary>
    public static int HealAmount(int level) => 20 + (5 * level);

    /// <summary>Nothing left to regenerate.</summary>
    public static bool IsFull(Vitals vitals) => vitals.Health >= vitals.HealthMax && vitals.Mana >= vitals.ManaMax;

    /// <summary>One regeneration tick: a twentieth of maximum health and a tenth of maximum mana, at least one each.</summary>
    public static Vitals Regenerate(Vitals vitals) => vitals with
    {
        Health = Math.Min(vitals.HealthMax, vitals.Health + Math.Max(1, vitals.HealthMax / 20)),
        Mana = Math.Min(vitals.ManaMax, vitals.Mana + Math.Max(1, vitals.ManaMax / 10)),
    };

    /// <summary>Adds (or with negative numbers takes) health and mana, kept within 0 and the maximum.</summary>
    public static Vitals Adjust(Vitals vitals, int health, int mana) => vitals with
    {
        Health = (int)Math.Clamp((long)vitals.Health + health, 0, vitals.HealthMax),
        Mana = (int)Math.Clamp((long)vitals.Mana + mana, 0, vitals.ManaMax),
    };

    /// <summary>Adds experience, going up as many levels as it pays for; each new level raises the maximums and restores both in full.</summary>
    public static Vitals GainExperience(Vitals vitals, int amount)
    {
        var experience = vitals.Experience + Math.Max(0, amount);
        var level = vitals.Level;
        while (experience >= ExperienceForNextLevel(level))
        {
            level++;
        }

        return level == vitals.Level
            ? vitals with { Experience = experience }
            : AtLevel(level, experience);
    }

    private static Vitals AtLevel(int level, int experience) =>
        new(HealthMaxAt(level), HealthMaxAt(level), ManaMaxAt(level), ManaMaxAt(level), level, experience);
}
