using System.Globalization;
using Mud.Bench.Options;
using Mud.Bench.Reporting;
using Mud.Bench.Scenarios;
using Mud.Bench.Worlds;

// Thousands of sockets in one process: a small thread pool minimum keeps the first second from stalling.
ThreadPool.SetMinThreads(Math.Max(Environment.ProcessorCount * 4, 16), 16);

try
{
    return args switch
    {
        ["world", .. var rest] => WriteWorld(rest),
        ["compare", var ours, var theirs] => Compare(ours, theirs),
        ["median", .. var files] when files.Length > 0 => Median(files),
        ["run", .. var rest] => await RunAsync(rest),
        ["--help" or "-h" or "help"] => Usage(0),
        _ => await RunAsync(args),
    };
}
catch (FormatException e)
{
    Console.Error.WriteLine($"Mud.Bench: {e.Message}");
    return Usage(2);
}

static int Usage(int code)
{
    (code == 0 ? Console.Out : Console.Error).WriteLine(BenchOptions.Usage);
    return code;
}

static async Task<int> RunAsync(string[] args)
{
    var options = BenchOptions.Parse(args);
    using var stop = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        stop.Cancel();
    };

    stop.CancelAfter(TimeSpan.FromSeconds(options.MaxSeconds));
    var report = await new BenchRun(options, ["Mud.Bench", .. args]).RunAsync(stop.Token);
    if (options.OutputPath is { } path)
    {
        await File.WriteAllTextAsync(path, report.ToJson());
    }

    Console.Write(Summary.Of(report));
    return 0;
}

static int WriteWorld(string[] args)
{
    var rooms = 0;
    var items = 0;
    string? output = null;
    for (var i = 0; i + 1 < args.Length; i += 2)
    {
        switch (args[i])
        {
            case "--rooms" when int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 2 and <= 100_000:
                rooms = n;
                break;
            case "--items" when int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var k) && k <= 10_000:
                items = k;
                break;
            case "--output":
                output = args[i + 1];
                break;
            default:
                throw new FormatException($"world: bad option '{args[i]} {args[i + 1]}'.");
        }
    }

    if (rooms == 0 || output is null || args.Length % 2 != 0)
    {
        throw new FormatException("world needs --rooms N (2 to 100000) and --output FILE, and takes --items K (0 to 10000).");
    }

    File.WriteAllText(output, BenchWorld.Json(rooms, items));
    Console.WriteLine($"wrote {rooms + 1} rooms and {items} items to {output}");
    return 0;
}

static int Median(string[] files)
{
    var runs = files.Select(f => BenchReport.FromJson(File.ReadAllText(f))).ToList();
    Console.WriteLine($"{runs[0].Settings.Target} {runs[0].Settings.Scenario}, {runs[0].Settings.Clients} clients: median of {runs.Count} runs");
    Console.Write(Medians.Format(Medians.Of(runs)));
    return 0;
}

static int Compare(string ours, string theirs)
{
    var a = BenchReport.FromJson(File.ReadAllText(ours));
    var b = BenchReport.FromJson(File.ReadAllText(theirs));
    Console.Write(Comparison.Format($"{a.Settings.Scenario}, {a.Settings.Clients} clients: {ours} against {theirs}", Comparison.Of(a, b)));
    return 0;
}
