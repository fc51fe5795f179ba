namespace Mud.Portal.Cluster;

/// <summary>The Portal stopped waiting for a call that went to a silo which has since died (see <see cref="SessionPump"/>).</summary>
public sealed class CallAbandonedException : TimeoutException
{
    public CallAbandonedException()
        : base("A call was abandoned because a silo died while it was waiting.")
    {
    }

    public CallAbandonedException(string sessionId)
        : base($"A call for session {sessionId} was abandoned because a silo died while it was waiting.")
    {
    }

    public CallAbandonedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
