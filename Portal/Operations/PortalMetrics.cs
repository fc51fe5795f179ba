using System.Diagnostics.Metrics;
using Mud.Portal.Cluster;

namespace Mud.Portal.Operations;

/// <summary>
/// The Portal's meter, <c>Mud.Portal</c> (exported on <c>/metrics</c>): open telnet sessions, and lines players typed
/// (the rate is commands per second).
/// </summary>
public sealed class PortalMetrics : IDisposable
{
    public const string MeterName = "Mud.Portal";

    private readonly Meter _meter;
    private readonly Counter<long> _lines;

    public PortalMetrics(IMeterFactory meters, ConnectionRegistry connections)
    {
        ArgumentNullException.ThrowIfNull(meters);
        ArgumentNullException.ThrowIfNull(connections);
        _meter = meters.Create(MeterName);
        _meter.CreateObservableGauge("mud.sessions", () => connections.Count, "{session}", "Telnet connections open on this Portal.");
        _lines = _meter.CreateCounter<long>("mud.commands", "{command}", "Lines typed by players on this Portal.");
    }

    public void LineTyped() => _lines.Add(1);

    public void Dispose() => _meter.Dispose();
}
