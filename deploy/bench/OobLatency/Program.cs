using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Mud.Characters;
using Mud.Hosting;
using Mud.Portal.Hosting;
using Mud.Portal.Telnet.Server;
using Mud.World;

// Time from a health change in a grain to its MSDP bytes reaching a client of the Portal, over the real path:
// character grain -> subscription grain -> Portal observer (Orleans gateway over loopback TCP) -> MSDP codec ->
// socket. The silo and the Portal run in this process as two hosts joined by real TCP, like ./mud start's
// processes; the change is made by a call from inside the silo, and the clock stops when the client has read
// the new value. Usage: dotnet run -c Release --project deploy/bench/OobLatency -- [changes, default 2000]
var changes = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
const int Warmup = 200;
var ports = FreePorts(3);
var settings = new Dictionary<string, string?>
{
    ["Mud:Silo:Port"] = ports[0].ToString(CultureInfo.InvariantCulture),
    ["Mud:Silo:GatewayPort"] = ports[1].ToString(CultureInfo.InvariantCulture),
    ["Mud:Telnet:Port"] = ports[2].ToString(CultureInfo.InvariantCulture),
    ["Mud:Telnet:TlsPort"] = "0",
    ["Mud:Security:PasswordIterations"] = "1000",

    // No regeneration: every HEALTH the client sees is one this tool caused.
    ["Mud:Vitals:RegenerationSeconds"] = "3600",
};
var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

var siloBuilder = Host.CreateApplicationBuilder();
siloBuilder.Logging.SetMinimumLevel(LogLevel.Warning);
siloBuilder.Configuration.AddConfiguration(configuration);
var world = WorldLoader.Load(Path.Combine(AppContext.BaseDirectory, "world", "starter.json"));
siloBuilder.UseOrleans(silo => silo
    .UseLocalhostClustering(ports[0], ports[1], null, serviceId: "mud", clusterId: "mud")
    .AddMemoryGrainStorage("store")
    .AddMudGame(configuration, world));
using var siloHost = siloBuilder.Build();
await siloHost.StartAsync();

var portalBuilder = Host.CreateApplicationBuilder();
portalBuilder.Logging.SetMinimumLevel(LogLevel.Warning);
portalBuilder.Configuration.AddConfiguration(configuration);
portalBuilder.Services.AddTelnetPortal(configuration);
portalBuilder.UseOrleansClient(client => client.UseMudCluster(configuration));
using var portalHost = portalBuilder.Build();
await portalHost.StartAsync();
var telnetPort = portalHost.Services.GetRequiredService<TelnetListener>().BoundPort;

using var client = await MsdpClient.ConnectAsync(telnetPort);
var name = "Bench" + new string(Guid.NewGuid().ToString("N").Where(char.IsAsciiLetter).Take(6).ToArray());
await client.WaitForTextAsync("connect <name>");
await client.SendLineAsync($"create {name} s3cretpw");
await client.WaitForTextAsync("created");
await client.SendLineAsync($"connect {name} s3cretpw");
await client.WaitForTextAsync("Exits:");
await client.ReportHealthAsync();
await client.WaitForHealthAsync(100);

var character = siloHost.Services.GetRequiredService<IGrainFactory>().GetGrain<ICharacterGrain>(name.ToLowerInvariant());
var latencies = new List<double>(changes);
for (var i = 0; i < changes + Warmup; i++)
{
    var down = i % 2 == 0;
    var started = Stopwatch.GetTimestamp();
    await character.AdjustVitalsAsync(down ? -1 : 1, 0);
    await client.WaitForHealthAsync(down ? 99 : 100);
    if (i >= Warmup)
    {
        latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
}

latencies.Sort();
double At(double quantile) => latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(quantile * latencies.Count) - 1)];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"health change in the character grain -> MSDP HEALTH read by a telnet client, {latencies.Count} changes one at a time (after {Warmup} warm-up):"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"  median {At(0.5):F3} ms   p90 {At(0.9):F3} ms   p99 {At(0.99):F3} ms   max {latencies[^1]:F3} ms   mean {latencies.Average():F3} ms"));

await portalHost.StopAsync();
await siloHost.StopAsync();

static int[] FreePorts(int count)
{
    var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
    listeners.ForEach(l => l.Start());
    var found = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
    listeners.ForEach(l => l.Stop());
    return found;
}

/// <summary>Just enough of a MUD client: says DO to WILL MSDP, and reads MSDP HEALTH frames as they come.</summary>
internal sealed class MsdpClient : IDisposable
{
    private readonly Socket _socket;
    private readonly byte[] _buffer = new byte[65536];
    private readonly StringBuilder _text = new();
    private readonly List<byte> _sb = [];
    private int _state;
    private int? _lastHealth;

    private MsdpClient(Socket socket) => _socket = socket;

    public static async Task<MsdpClient> ConnectAsync(int port)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(IPAddress.Loopback, port);
        return new MsdpClient(socket);
    }

    private static readonly byte[] ReportHealth = [255, 250, 69, 1, .. "REPORT"u8.ToArray(), 2, .. "HEALTH"u8.ToArray(), 255, 240];
    private static readonly byte[] HealthPrefix = [69, 1, .. "HEALTH"u8.ToArray(), 2];

    public Task SendLineAsync(string line) => _socket.SendAsync(Encoding.UTF8.GetBytes(line + "\r\n"), SocketFlags.None);

    public Task ReportHealthAsync() => _socket.SendAsync(ReportHealth, SocketFlags.None);

    public async Task WaitForTextAsync(string fragment)
    {
        while (!_text.ToString().Contains(fragment, StringComparison.Ordinal))
        {
            await ReadAsync();
        }

        _text.Clear();
    }

    public async Task WaitForHealthAsync(int value)
    {
        while (_lastHealth != value)
        {
            await ReadAsync();
        }
    }

    public void Dispose() => _socket.Dispose();

    private async Task ReadAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var read = await _socket.ReceiveAsync(_buffer, SocketFlags.None, timeout.Token);
        if (read == 0)
        {
            throw new IOException("The Portal closed the connection.");
        }

        for (var i = 0; i < read; i++)
        {
            var b = _buffer[i];
            // 0 data, 1 after IAC, 2 option of a negotiation, 3 option of an SB, 4 in SB, 5 IAC in SB; 6 WILL's option.
            switch (_state)
            {
                case 0 when b == 255: _state = 1; break;
                case 0: _text.Append((char)b); break;
                case 1 when b == 251: _state = 6; break;
                case 1 when b is 252 or 253 or 254: _state = 2; break;
                case 1 when b == 250: _state = 3; break;
                case 1: _state = 0; break;
                case 2: _state = 0; break;
                case 6:
                    if (b == 69)
                    {
                        await _socket.SendAsync(new byte[] { 255, 253, 69 }, SocketFlags.None);
                    }

                    _state = 0;
                    break;
                case 3: _sb.Clear(); _sb.Add(b); _state = 4; break;
                case 4 when b == 255: _state = 5; break;
                case 4: _sb.Add(b); break;
                case 5 when b == 240: Frame(); _state = 0; break;
                case 5: _sb.Add(b); _state = 4; break;
            }
        }
    }

    private void Frame()
    {
        if (_sb.Count > HealthPrefix.Length && _sb.Take(HealthPrefix.Length).SequenceEqual(HealthPrefix))
        {
            _lastHealth = int.Parse(Encoding.ASCII.GetString([.. _sb.Skip(HealthPrefix.Length)]), CultureInfo.InvariantCulture);
        }
    }
}
