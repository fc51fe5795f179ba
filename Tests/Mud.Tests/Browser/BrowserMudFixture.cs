using Mud.Tests.EndToEnd;

namespace Mud.Tests.Browser;

/// <summary>
/// One whole MUD (silo, Portal, WebPortal, through the launcher) shared by the browser tests, in
/// multisession mode 2 so that two tabs of one account can play two characters. Few failed logins are
/// allowed, so the throttle test is short.
/// </summary>
public sealed class BrowserMudFixture : IAsyncLifetime
{
    public const int MaxFailedLogins = 3;

    /// <summary>The game's first account, and so its Developer, made as soon as the game is up.</summary>
    public const string DeveloperName = "Warden";

    /// <summary>What a banned address is told (<c>Mud:Bans:Message</c>).</summary>
    public const string BanMessage = "Banned here, says the browser fixture.";

    /// <summary>The one address whose forwarded headers the site believes, as a reverse proxy's.</summary>
    public const string TrustedProxy = "127.0.0.30";

    private MudInstance? _mud;

    public MudInstance Mud => _mud ?? throw new InvalidOperationException("The MUD has not started.");

    public Uri Site => new($"http://127.0.0.1:{Mud.WebPort}/");

    public async Task InitializeAsync()
    {
        _mud = MudInstance.Create(new Dictionary<string, string>
        {
            ["Mud__MultisessionMode"] = "2",
            ["Mud__Security__MaxFailedLogins"] = MaxFailedLogins.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mud__Bans__Message"] = BanMessage,
            ["Mud__Web__TrustedProxies"] = TrustedProxy,
        });
        await _mud.RunLauncherAsync("start");
        await using var developer = await _mud.ConnectAsync();
        await developer.CreateAndConnectAsync(DeveloperName);
    }

    public async Task DisposeAsync()
    {
        if (_mud is not null)
        {
            await _mud.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection : ICollectionFixture<BrowserMudFixture>
{
    public const string Name = "Browser";
}
