using System.Collections.Immutable;

namespace Mud.Oob;

/// <summary>
/// One out-of-band message, in or out, whatever the protocol: a name, positional arguments and keyword
/// arguments (Evennia's command tuple). MSDP, GMCP and JSON are encodings of it.
/// </summary>
/// <example>
/// MSDP <c>VAR REPORT VAL HEALTH VAL MANA</c> is <c>("REPORT", ["HEALTH", "MANA"], {})</c>;
/// GMCP <c>Char.Vitals {"hp":90}</c> is <c>("Char.Vitals", [], {hp: 90})</c>;
/// JSON <c>["text", ["look"], {}]</c> is <c>("text", ["look"], {})</c>.
/// </example>
[GenerateSerializer, Immutable, Alias("OobMessage")]
public sealed record OobMessage(
    [property: Id(0)] string Name,
    [property: Id(1)] ImmutableArray<OobValue> Args,
    [property: Id(2)] ImmutableArray<OobField> Kwargs)
{
    public static OobMessage Of(string name, params IEnumerable<OobValue> args) => new(name, [.. args], []);

    public static OobMessage WithKwargs(string name, params IEnumerable<OobField> kwargs) => new(name, [], [.. kwargs]);

    /// <summary>The keyword argument called <paramref name="name"/> (compared without case), if any.</summary>
    public OobValue? Kwarg(string name) => Kwargs.FirstOrDefault(f => f.Name.Equals(name, StringComparison.OrdinalIgnoreCase))?.Value;

    public bool Equals(OobMessage? other) =>
        other is not null && Name == other.Name && Args.SequenceEqual(other.Args) && Kwargs.SequenceEqual(other.Kwargs);

    public override int GetHashCode() => HashCode.Combine(Name, Args.Length, Kwargs.Length);
}
