using System.Collections.Immutable;
using Mud.Characters;

namespace Mud.Oob;

/// <summary>
/// The GMCP packages this game sends (also the JSON endpoint's vocabulary): which module a client must
/// list in <c>Core.Supports</c> for each, and how each is made from the facts.
/// </summary>
public static class GmcpPackages
{
    public const string CharModule = "char";
    public const string RoomModule = "room";
    public const string ChannelModule = "comm.channel";

    /// <summary>Packages sent when their content changes, in the order a client first receives them.</summary>
    public static ImmutableArray<GmcpPackage> Reported { get; } =
    [
        new("Char.Name", CharModule, f => f.Character is { } c
            ? OobMessage.WithKwargs("Char.Name", Field("name", c.Name), Field("fullname", c.Name))
            : null),
        new("Char.StatusVars", CharModule, f => f.Character is null ? null : OobMessage.WithKwargs(
            "Char.StatusVars", Field("name", "Name"), Field("level", "Level"), Field("experience", "Experience"), Field("experience_max", "Next level"), Field("area", "Area"))),
        new("Char.Status", CharModule, f => f.Character is { } c ? OobMessage.WithKwargs(
            "Char.Status",
            Field("name", c.Name),
            Field("level", c.Vitals.Level),
            Field("experience", c.Vitals.Experience),
            Field("experience_max", VitalsRules.ExperienceForNextLevel(c.Vitals.Level)),
            Field("area", f.Room?.Area ?? "")) : null),
        new("Char.Vitals", CharModule, f => f.Character is { Vitals: var v } ? OobMessage.WithKwargs(
            "Char.Vitals",
            Field("hp", v.Health),
            Field("maxhp", v.HealthMax),
            Field("mp", v.Mana),
            Field("maxmp", v.ManaMax),
            Field("string", $"H:{v.Health}/{v.HealthMax} M:{v.Mana}/{v.ManaMax}")) : null),
        new("Room.Info", RoomModule, f => f.Room is { } r ? OobMessage.WithKwargs(
            "Room.Info",
            Field("num", r.Number),
            Field("name", r.Name),
            Field("area", r.Area),
            new OobField("exits", new OobTable([.. r.Exits.Select(e => new OobField(e.Key, OobValue.Of(e.To)))]))) : null),
    ];

    /// <summary>The reported package of this name (compared without case, as GMCP names are), if any.</summary>
    public static GmcpPackage? Find(string name) => Reported.FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Whether a client that listed <paramref name="supports"/> gets messages of <paramref name="module"/>: listing a
    /// parent counts (<c>Comm 1</c> covers <c>Comm.Channel</c>), listing a child does not cover its parent.
    /// </summary>
    public static bool IsSupported(IReadOnlyDictionary<string, int> supports, string module)
    {
        for (var name = module; name.Length > 0; name = name.Contains('.', StringComparison.Ordinal) ? name[..name.LastIndexOf('.')] : "")
        {
            if (supports.ContainsKey(name))
            {
                return true;
            }
        }

        return false;
    }

    private static OobField Field(string name, string value) => new(name, OobValue.Of(value));

    private static OobField Field(string name, int value) => new(name, OobValue.Of(value));
}

/// <summary>One GMCP package: its canonical name, the module that enables it (lower case), and how it is made.</summary>
public sealed record GmcpPackage(string Name, string Module, Func<OobFacts, OobMessage?> Build);
