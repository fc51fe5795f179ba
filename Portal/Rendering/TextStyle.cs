namespace Mud.Portal.Rendering;

/// <summary>The SGR attributes in effect, with colours already mapped to what the colour mode can show.</summary>
/// <remarks>
/// Keeping the mapped colour (not the markup's) means <c>|500</c> followed by <c>|r</c> in 16-colour
/// mode compares equal and emits nothing the second time.
/// </remarks>
internal readonly record struct TextStyle(int Foreground, int Background, bool Bold, bool Underline)
{
    public const int DefaultColor = -1;

    public static TextStyle Default { get; } = new(DefaultColor, DefaultColor, false, false);
}
