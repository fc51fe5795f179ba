using System.Collections.Immutable;
using System.Globalization;

namespace Mud.Oob;

/// <summary>
/// A value in an out-of-band message: just enough types for MSDP (strings, tables, arrays, nested) and
/// GMCP/JSON (strings, numbers, booleans, arrays, objects). Codecs map these to their own encodings.
/// </summary>
[GenerateSerializer, Immutable, Alias("OobValue")]
public abstract record OobValue
{
    public static OobValue Of(string text) => new OobText(text);

    public static OobValue Of(double number) => new OobNumber(number);

    public static OobValue Of(bool value) => new OobBool(value);

    public static OobValue List(params IEnumerable<OobValue> items) => new OobList([.. items]);

    public static OobValue Table(params IEnumerable<OobField> fields) => new OobTable([.. fields]);

    /// <summary>The value as text, the way MSDP writes every scalar: numbers in invariant decimal, booleans as 1 or 0.</summary>
    public abstract string AsText();
}

/// <summary>A string.</summary>
[GenerateSerializer, Immutable, Alias("OobText")]
public sealed record OobText([property: Id(0)] string Value) : OobValue
{
    public override string AsText() => Value;
}

/// <summary>A number. MSDP sends it as a decimal string, GMCP and JSON as a JSON number.</summary>
[GenerateSerializer, Immutable, Alias("OobNumber")]
public sealed record OobNumber([property: Id(0)] double Value) : OobValue
{
    public override string AsText() => Value.ToString("R", CultureInfo.InvariantCulture);
}

/// <summary>A boolean. MSDP sends it as 1 or 0.</summary>
[GenerateSerializer, Immutable, Alias("OobBool")]
public sealed record OobBool([property: Id(0)] bool Value) : OobValue
{
    public override string AsText() => Value ? "1" : "0";
}

/// <summary>An ordered list: an MSDP array, a JSON array.</summary>
[GenerateSerializer, Immutable, Alias("OobList")]
public sealed record OobList([property: Id(0)] ImmutableArray<OobValue> Items) : OobValue
{
    public override string AsText() => string.Join(" ", Items.Select(i => i.AsText()));

    public bool Equals(OobList? other) => other is not null && Items.SequenceEqual(other.Items);

    public override int GetHashCode() => Items.Length;
}

/// <summary>Named values in order: an MSDP table, a JSON object.</summary>
[GenerateSerializer, Immutable, Alias("OobTable")]
public sealed record OobTable([property: Id(0)] ImmutableArray<OobField> Fields) : OobValue
{
    /// <summary>The value of the first field called <paramref name="name"/> (compared without case), if any.</summary>
    public OobValue? this[string name] => Fields.FirstOrDefault(f => f.Name.Equals(name, StringComparison.OrdinalIgnoreCase))?.Value;

    public override string AsText() => string.Join(" ", Fields.Select(f => $"{f.Name}={f.Value.AsText()}"));

    public bool Equals(OobTable? other) => other is not null && Fields.SequenceEqual(other.Fields);

    public override int GetHashCode() => Fields.Length;
}

/// <summary>One named value of a table or of a message's keyword arguments.</summary>
[GenerateSerializer, Immutable, Alias("OobField")]
public sealed record OobField([property: Id(0)] string Name, [property: Id(1)] OobValue Value);
