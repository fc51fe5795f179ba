using System.Text;
using Mud.Bench.Options;
using Mud.Bench.Telnet;

namespace Mud.Bench.Scenarios;

/// <summary>
/// Makes every client's account a Builder before the workload, logged in as the Mud's administrator of
/// <c>--admin</c>: the mixed round builds, which a Mud player may not. The game answers each grant with
/// "NAME is now a Builder"; a grant that did not happen is a run error, not a round of refused commands.
/// </summary>
public sealed class BuilderGrant : BenchClient.IClientObserver
{
    private const string Done = "grantsdone";
    private static readonly byte[] Granted = Encoding.UTF8.GetBytes(" is now a Builder");
    private int _granted;

    public static async Task GrantAsync(BenchOptions options, AdminLogin admin, IReadOnlyList<string> accounts, RunRecorder recorder, CancellationToken cancellation)
    {
        var grant = new BuilderGrant();
        var timeout = TimeSpan.FromSeconds(options.ReplyTimeout);
        try
        {
            var (client, banner) = await BenchClient.ConnectAsync(options.Host, options.Port, options.Clients, admin.Name, grant, "connect", cancellation);
            await using (client)
            {
                await banner.WaitAsync(timeout, cancellation);
                var done = client.Expect(Done, LoginDialogue.Failures);
                var lines = new StringBuilder($"connect {admin.Name} {admin.Password}");
                foreach (var account in accounts)
                {
                    lines.Append($"\r\n@perm {account} = Builder");
                }

                await client.SendLineAsync(lines.Append($"\r\nthink {Done}").ToString());
                await done.WaitAsync(timeout, cancellation);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellation.IsCancellationRequested)
        {
            recorder.Error("builder", $"{admin.Name}: {e.GetType().Name}: {e.Message}");
            return;
        }

        if (grant._granted < accounts.Count)
        {
            recorder.Error("builder", $"{admin.Name} made {grant._granted} of {accounts.Count} accounts Builders: is it an Admin?");
        }
    }

    public void Line(BenchClient client, ReadOnlySpan<byte> line, long timestamp)
    {
        if (line.IndexOf(Granted) >= 0)
        {
            Interlocked.Increment(ref _granted);
        }
    }

    public void Subnegotiation(BenchClient client, byte option, ReadOnlySpan<byte> payload, long timestamp)
    {
    }

    public bool Accepts(BenchClient client, byte option) => false;

    public void ServerError(BenchClient client, string line)
    {
    }

    public void Disconnected(BenchClient client)
    {
    }
}
