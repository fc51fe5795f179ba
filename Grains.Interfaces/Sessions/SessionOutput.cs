using Mud.Oob;

namespace Mud.Sessions;

/// <summary>One piece of output for a session. Renderer-neutral: each front end turns it into bytes for its client.</summary>
[GenerateSerializer, Immutable, Alias("SessionOutput")]
public abstract record SessionOutput;

/// <summary>Text in colour markup (see <c>Mud.Text.Markup</c>); the front end adds the line ending.</summary>
[GenerateSerializer, Immutable, Alias("TextOutput")]
public sealed record TextOutput([property: Id(0)] string Markup) : SessionOutput;

/// <summary>
/// A question the player answers on the same line, such as the password prompt: in colour markup, with no line
/// ending after it. Telnet marks its end with <c>IAC EOR</c> or <c>IAC GA</c>, so clients know the prompt is complete.
/// </summary>
[GenerateSerializer, Immutable, Alias("PromptOutput")]
public sealed record PromptOutput([property: Id(0)] string Markup) : SessionOutput;

/// <summary>Asks the client to stop (or resume) echoing typed input, for password entry.</summary>
[GenerateSerializer, Immutable, Alias("InputEchoOutput")]
public sealed record InputEchoOutput([property: Id(0)] bool Hidden) : SessionOutput;

/// <summary>The session is over: show the reason and close the connection.</summary>
[GenerateSerializer, Immutable, Alias("DisconnectOutput")]
public sealed record DisconnectOutput([property: Id(0)] string Markup) : SessionOutput;

/// <summary>An out-of-band message for the client, in the protocol it is meant for; a front end drops it if the connection does not speak that protocol.</summary>
[GenerateSerializer, Immutable, Alias("OobOutput")]
public sealed record OobOutput([property: Id(0)] OobProtocol Protocol, [property: Id(1)] OobMessage Message) : SessionOutput;
