namespace Mud.Bench.Statistics;

/// <summary>One timed reply: when it arrived (seconds since the run began) and how long it took.</summary>
public readonly record struct Sample(double At, double Milliseconds);

/// <summary>Something that happened at a moment of the run: a login, an error, a disconnect.</summary>
public readonly record struct RunEvent(double At, RunEventKind Kind, string Detail = "");

public enum RunEventKind
{
    Login,
    Error,
    Disconnect,
}
