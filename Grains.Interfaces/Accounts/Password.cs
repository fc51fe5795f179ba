namespace Mud.Accounts;

/// <summary>
/// A password on its way to be checked or hashed. It prints as <c>***</c>, so a log line, an exception message or a
/// report of a grain call that carries one never shows it; only <see cref="Text"/> reads it.
/// </summary>
[GenerateSerializer, Immutable, Alias("Password")]
public readonly record struct Password
{
    public Password(string text) => Text = text ?? "";

    /// <summary>The password itself, for the hasher and the length rules only.</summary>
    [Id(0)]
    public string Text { get; init; } = "";

    public override string ToString() => "***";
}
