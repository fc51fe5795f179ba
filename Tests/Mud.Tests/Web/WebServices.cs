using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Mud.WebPortal.Services;
using Mud.WebPortal.Services.Characters;

namespace Mud.Tests.Web;

/// <summary>The WebPortal's game facades in a bUnit context, talking to a real (in-process) cluster.</summary>
internal static class WebServices
{
    public static FakeTimeProvider AddGameFacades(this BunitContext context, IClusterClient client)
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        context.Services.AddLogging();
        context.Services.AddSingleton(client);
        context.Services.AddSingleton<IHostApplicationLifetime>(new StartedLifetime());
        context.Services.AddSingleton<TimeProvider>(time);
        context.Services.AddSingleton<GameCalls>();
        context.Services.AddSingleton<CharacterService>();
        return time;
    }

    public static void LogIn(this BunitContext context, string accountName)
    {
        var authorization = context.AddAuthorization();
        authorization.SetAuthorized(accountName);
        authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, accountName.ToLowerInvariant()));
    }

    /// <summary>A host that has started, as the WebPortal's is once the Orleans client connected.</summary>
    private sealed class StartedLifetime : IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted { get; } = new(canceled: true);

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication()
        {
        }
    }
}
