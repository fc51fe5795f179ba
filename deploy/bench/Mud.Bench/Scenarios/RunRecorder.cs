using System.Collections.Concurrent;
using Mud.Bench.Statistics;

namespace Mud.Bench.Scenarios;

/// <summary>Everything a run measures, collected from many client loops at once.</summary>
public sealed class RunRecorder(RunClock clock)
{
    private const int ExamplesPerKind = 3;
    private readonly Lock _gate = new();
    private readonly List<Sample> _samples = [];
    private readonly List<Sample> _echoes = [];
    private readonly List<double> _logins = [];
    private readonly List<RunEvent> _events = [];
    private readonly ConcurrentDictionary<string, int> _errors = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _examples = new(StringComparer.Ordinal);
    private int _created;

    public RunClock Clock => clock;

    /// <summary>Seconds since the run began.</summary>
    public double Now => clock.Now;

    public int Created => _created;

    /// <summary>A timed reply: the scenario's main measure.</summary>
    public void Reply(long sent, long arrived)
    {
        var sample = new Sample(clock.At(arrived), RunClock.Milliseconds(sent, arrived));
        lock (_gate)
        {
            _samples.Add(sample);
        }
    }

    /// <summary>A secondary round trip (the speaker's own echo of a say).</summary>
    public void Echo(long sent, long arrived)
    {
        var sample = new Sample(clock.At(arrived), RunClock.Milliseconds(sent, arrived));
        lock (_gate)
        {
            _echoes.Add(sample);
        }
    }

    public void Login(double milliseconds)
    {
        lock (_gate)
        {
            _logins.Add(milliseconds);
            _events.Add(new RunEvent(Now, RunEventKind.Login));
        }
    }

    public void AccountCreated() => Interlocked.Increment(ref _created);

    public void Error(string kind, string detail)
    {
        _errors.AddOrUpdate(kind, 1, (_, n) => n + 1);
        var examples = _examples.GetOrAdd(kind, _ => new());
        if (examples.Count < ExamplesPerKind)
        {
            examples.Enqueue(detail);
        }

        lock (_gate)
        {
            _events.Add(new RunEvent(Now, RunEventKind.Error, kind));
        }
    }

    public void Disconnect(string who)
    {
        lock (_gate)
        {
            _events.Add(new RunEvent(Now, RunEventKind.Disconnect, who));
        }
    }

    public IReadOnlyList<Sample> Samples => Snapshot(_samples);

    public IReadOnlyList<Sample> Echoes => Snapshot(_echoes);

    public IReadOnlyList<double> Logins
    {
        get
        {
            lock (_gate)
            {
                return [.. _logins];
            }
        }
    }

    public IReadOnlyList<RunEvent> Events
    {
        get
        {
            lock (_gate)
            {
                return [.. _events];
            }
        }
    }

    public IReadOnlyDictionary<string, int> Errors => new SortedDictionary<string, int>(_errors, StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string[]> ErrorExamples =>
        _examples.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    private IReadOnlyList<Sample> Snapshot(List<Sample> list)
    {
        lock (_gate)
        {
            return [.. list];
        }
    }
}
