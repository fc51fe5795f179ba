using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Mud.Silo.Operations;

/// <summary>
/// The silo's meter, <c>Mud.Silo</c> (exported on <c>/metrics</c>): grain calls by interface, commands players
/// typed (the rate is commands per second), and calls that failed for want of the database.
/// </summary>
internal sealed class SiloMetrics : IDisposable
{
    public const string MeterName = "Mud.Silo";

    private const string SessionInterface = "Mud.Sessions.ISessionGrain";
    private readonly Meter _meter;
    private readonly Counter<long> _grainCalls;
    private readonly Counter<long> _commands;
    private readonly Counter<long> _storageFailures;

    public SiloMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        _grainCalls = _meter.CreateCounter<long>("mud.grain.calls", "{call}", "Calls into grains on this silo, by grain interface.");
        _commands = _meter.CreateCounter<long>("mud.commands", "{command}", "Lines typed by players and run by their session grains on this silo.");
        _storageFailures = _meter.CreateCounter<long>("mud.storage.failures", "{call}", "Grain calls that failed because the database was unavailable.");
    }

    public void GrainCalled(string interfaceName, string methodName)
    {
        _grainCalls.Add(1, new KeyValuePair<string, object?>("interface", interfaceName));
        if (interfaceName == SessionInterface && methodName == "InputAsync")
        {
            _commands.Add(1);
        }
    }

    public void StorageFailed(string interfaceName) =>
        _storageFailures.Add(1, new TagList { { "interface", interfaceName } });

    public void Dispose() => _meter.Dispose();
}
