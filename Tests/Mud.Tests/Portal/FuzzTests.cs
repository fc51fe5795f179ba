using Mud.Fuzz;

namespace Mud.Tests.Portal;

/// <summary>
/// A short run of the fuzz harness (deploy/fuzz): the corpus, then structured-random inputs for the telnet codec
/// (parser, negotiation, line assembler, MCCP3), MSDP, GMCP and JSON. The long run is <c>Mud.Fuzz --inputs 1000000</c>.
/// </summary>
[Trait("Category", "Unit")]
public sealed class FuzzTests
{
    [Fact]
    public void TwentyThousandRandomInputs_AndTheCorpus_BreakNothing()
    {
        var report = FuzzRun.Run(new FuzzSettings
        {
            Inputs = 20_000,
            Seed = 20_251_205,
            CorpusDirectory = Path.Combine(AppContext.BaseDirectory, "corpus"),
        });

        Assert.True(report.Failures.Count == 0, string.Join("\n", report.Failures.Select(f => $"{f.Kind} (session seed {f.SessionSeed}): {f.Problem}")));
        Assert.True(report.Inputs >= 20_000, $"only {report.Inputs} inputs ran");
        Assert.True(report.Lines > 0 && report.OobMessages > 0, $"the inputs reached no decoder: {report}");
    }
}
