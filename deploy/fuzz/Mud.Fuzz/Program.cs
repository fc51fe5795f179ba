using System.Globalization;
using Mud.Fuzz;

// Mud.Fuzz [--inputs N] [--seed N] [--corpus DIR] [--crashes DIR] [--max-heap-mb N]: see deploy/fuzz/README.md.
var settings = new FuzzSettings
{
    CorpusDirectory = Path.Combine(AppContext.BaseDirectory, "corpus"),
    CrashDirectory = Path.Combine(Directory.GetCurrentDirectory(), "fuzz-crashes"),
};
for (var i = 0; i < args.Length; i++)
{
    var value = i + 1 < args.Length ? args[i + 1] : null;
    switch (args[i])
    {
        case "--inputs" when int.TryParse(value, CultureInfo.InvariantCulture, out var inputs) && inputs > 0:
            settings = settings with { Inputs = inputs };
            break;
        case "--seed" when int.TryParse(value, CultureInfo.InvariantCulture, out var seed):
            settings = settings with { Seed = seed };
            break;
        case "--corpus" when value is not null:
            settings = settings with { CorpusDirectory = value };
            break;
        case "--crashes" when value is not null:
            settings = settings with { CrashDirectory = value };
            break;
        case "--max-heap-mb" when int.TryParse(value, CultureInfo.InvariantCulture, out var megabytes) && megabytes > 0:
            settings = settings with { MaxHeapBytes = megabytes * 1024L * 1024 };
            break;
        default:
            Console.Error.WriteLine($"mud fuzz: unknown or invalid argument '{args[i]}'. Usage: Mud.Fuzz [--inputs N] [--seed N] [--corpus DIR] [--crashes DIR] [--max-heap-mb N]");
            return 2;
    }

    i++;
}

Console.WriteLine($"Fuzzing {settings.Inputs:N0} inputs from seed {settings.Seed} (corpus: {settings.CorpusDirectory})");
var report = FuzzRun.Run(settings);
Console.WriteLine(report);
foreach (var failure in report.Failures)
{
    Console.WriteLine($"FAILED {failure.Kind} (session seed {failure.SessionSeed}, input {failure.Input}): {failure.Problem}");
}

return report.Failures.Count == 0 ? 0 : 1;
