namespace Mud.Objects;

/// <summary>The rules for names builders give objects, attributes and tags.</summary>
public static class ObjectNames
{
    public const int MaxLength = 60;
    public const int MaxDescriptionLength = 4000;

    /// <summary>The problem with an object's name, or null. Names are player-facing text: no markup or control characters.</summary>
    public static string? NameProblem(string name) =>
        string.IsNullOrWhiteSpace(name) ? "A name cannot be empty."
        : name.Length > MaxLength ? $"A name may be at most {MaxLength} characters."
        : name.StartsWith('#') ? "A name cannot start with '#': that is how object ids are written."
        : name.Any(c => char.IsControl(c) || c is '|' or '=' or ';') ? "A name cannot contain control characters, '|', '=' or ';'."
        : null;

    /// <summary>The problem with an attribute's or tag's name, or null: letters, digits, '_' and '-', starting with a letter.</summary>
    public static string? AttributeProblem(string name) =>
        name.Length is 0 or > 40 || !char.IsAsciiLetter(name[0]) || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-')
            ? $"An attribute name must be 1 to 40 letters, digits, '_' or '-', starting with a letter ('{Text.Markup.Escape(name)}' is not)."
            : null;

    public static string? DescriptionProblem(string description) =>
        description.Length > MaxDescriptionLength ? $"A description may be at most {MaxDescriptionLength} characters." : null;
}
