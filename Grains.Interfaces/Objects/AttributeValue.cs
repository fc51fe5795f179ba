using System.Globalization;

namespace Mud.Objects;

/// <summary>The type of an attribute's value, chosen from how a builder writes it: <c>5</c>, <c>2.5</c>, <c>true</c>, or text.</summary>
[GenerateSerializer]
public enum AttributeType
{
    Text,
    Integer,
    Number,
    Boolean,
}

/// <summary>A free-form attribute's value with its type, kept as invariant text so storage and export read the same.</summary>
[GenerateSerializer, Immutable, Alias("AttributeValue")]
public sealed record AttributeValue([property: Id(0)] AttributeType Type, [property: Id(1)] string Text)
{
    public static AttributeValue Of(long value) => new(AttributeType.Integer, value.ToString(CultureInfo.InvariantCulture));

    public static AttributeValue Of(string value) => new(AttributeType.Text, value);

    /// <summary>
    /// Reads what a builder typed: a whole number, a decimal number, <c>true</c>/<c>false</c>, or text.
    /// Quotes force text: <c>"5"</c> is the text 5.
    /// </summary>
    public static AttributeValue Parse(string typed)
    {
        var text = typed.Trim();
        if (text.Length >= 2 && text[0] == '"' && text[^1] == '"')
        {
            return new(AttributeType.Text, text[1..^1]);
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return Of(integer);
        }

        if (double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            return new(AttributeType.Number, number.ToString("R", CultureInfo.InvariantCulture));
        }

        if (bool.TryParse(text, out var boolean))
        {
            return new(AttributeType.Boolean, boolean ? "true" : "false");
        }

        return new(AttributeType.Text, text);
    }

    /// <summary>The value as a number, when it is one (integers and numbers), for comparisons.</summary>
    public double? AsNumber => Type is AttributeType.Integer or AttributeType.Number
        ? double.Parse(Text, CultureInfo.InvariantCulture)
        : null;

    /// <summary>How <c>@examine</c> shows it: text quoted, anything else as written.</summary>
    public string Display => Type == AttributeType.Text ? $"\"{Text}\"" : Text;
}
