using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Mud.Accounts;
using Mud.Tests.Grains;

namespace Mud.Tests.Accounts;

/// <summary>Whatever happens to a password (created, checked, wrong, changed, refused), the silo's logs never show it.</summary>
[Trait("Category", "Integration")]
public sealed class PasswordLoggingTests(PasswordLoggingTests.LogCapturingFixture cluster)
    : PlayerTestBase(cluster), IClassFixture<PasswordLoggingTests.LogCapturingFixture>
{
    [Fact]
    public async Task Passwords_NeverAppearInTheSilosLogs()
    {
        var name = TestPlayer.UniqueName();
        const string First = "first-Zq8vKx";
        const string Wrong = "wrong-Pm3tRw";
        const string Second = "second-Hy6nLs";
        var player = await ConnectAsync();

        await player.TypeAsync($"create {name} {First}");
        await player.TypeAsync($"connect {name} {Wrong}");
        await player.WaitForAsync("Wrong name or password");
        await player.TypeAsync($"connect {name}");
        await player.TypeAsync(First);
        await player.WaitForAsync($"Welcome, {name}");
        await player.TypeAsync($"password {Wrong} {Second}");
        await player.TypeAsync($"password {First} x");
        await player.WaitForAsync("A password must be at least");
        await player.TypeAsync($"password {First} {Second}");
        await player.WaitForAsync("Your password has been changed.");
        await Client.GetGrain<ILoginGrain>(0).LogInAsync(name, new Password(Second), "10.9.0.1");

        Assert.NotEmpty(cluster.Logs.Messages);
        foreach (var secret in new[] { First, Wrong, Second })
        {
            Assert.DoesNotContain(cluster.Logs.Messages, m => m.Contains(secret, StringComparison.Ordinal));
        }
    }

    public sealed class LogCapturingFixture : GameClusterFixture
    {
        public LogCapture Logs { get; } = new();

        protected override void AddStorage(ISiloBuilder silo)
        {
            base.AddStorage(silo);
            silo.Services.AddLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
        }
    }

    /// <summary>Every message the silo logs, with its exception, as text.</summary>
    public sealed class LogCapture : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _messages = new();

        public IReadOnlyCollection<string> Messages => _messages;

        public ILogger CreateLogger(string categoryName) => new Logger(_messages);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Enqueue(formatter(state, exception) + " " + exception + " " + state);
        }
    }
}
