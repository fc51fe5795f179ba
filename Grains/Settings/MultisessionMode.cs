namespace Mud.Settings;

/// <summary>How the sessions of one account share characters (setting <c>Mud:MultisessionMode</c>).</summary>
public enum MultisessionMode
{
    /// <summary>One session per account: a new login takes over the old one, with its puppet.</summary>
    OneSession = 0,

    /// <summary>Many sessions, all sharing one puppet and seeing the same output.</summary>
    SharedPuppet = 1,

    /// <summary>Many sessions; each puppets at most one character, and a character has at most one session.</summary>
    PuppetPerSession = 2,

    /// <summary>As <see cref="PuppetPerSession"/>, but several sessions may puppet the same character.</summary>
    SharedCharacters = 3,
}
