namespace Mud.Storage;

/// <summary>
/// The game database could not be reached, so a change could not be saved (or state could not be loaded) and the
/// command did not happen. Grains throw this in place of the driver's exception, which clients cannot deserialize;
/// front ends show <see cref="PlayerMessage"/> and carry on.
/// </summary>
[GenerateSerializer, Alias("GameStorageException")]
public sealed class GameStorageException : Exception
{
    /// <summary>What a player is told.</summary>
    public const string PlayerMessage =
        "|r[The game cannot save anything right now, so that did not happen. Please try again in a moment.]|n";

    public GameStorageException()
        : base("The game database is unavailable.")
    {
    }

    public GameStorageException(string message)
        : base(message)
    {
    }

    public GameStorageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
