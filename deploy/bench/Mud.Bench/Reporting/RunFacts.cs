using Mud.Bench.Monitoring;
using Mud.Bench.Options;
using Mud.Bench.Scenarios;
using Mud.Bench.Statistics;

namespace Mud.Bench.Reporting;

/// <summary>What a finished run hands to the report: the recordings and the moments that divide the run (seconds).</summary>
public sealed record RunFacts(
    BenchOptions Options,
    IReadOnlyList<string> CommandLine,
    double[] LoadAverage,
    RunRecorder Recorder,
    ProcessSampler Sampler,
    int Incomplete,
    int Duplicates,
    int LoggedIn,
    int ConnectedAtEnd,
    IReadOnlyList<ProcessReading> Before,
    IReadOnlyList<ProcessReading> LoggedInReadings,
    IReadOnlyList<ProcessReading> AfterLoad,
    double LoginEnd,
    double LoadStart,
    double LoadEnd,
    double Drained,
    double End,
    DuringResult? During,
    ClientTraffic Traffic);

/// <summary>What the logged-in clients received over the whole run, summed when they close.</summary>
public sealed record ClientTraffic(int Sessions, int CompressedSessions, long WireBytes, long TextBytes);
