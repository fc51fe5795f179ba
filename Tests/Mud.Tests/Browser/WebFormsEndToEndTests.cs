using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Mud.Tests.Grains;

namespace Mud.Tests.Browser;

/// <summary>
/// The site's forms over plain HTTP from chosen loopback addresses (127.0.0.x), so the per-address login
/// throttle can be seen without locking out the browser tests' own address.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(BrowserCollection.Name)]
public sealed partial class WebFormsEndToEndTests(BrowserMudFixture fixture)
{
    [Fact]
    public async Task APostWithoutTheAntiforgeryToken_IsRejected()
    {
        using var http = Client("127.0.0.20");

        using var response = await http.PostAsync("account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.Name"] = "Anyone",
            ["Input.Password"] = "whatever1",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Register_ThenLogIn_WithTheRightPassword_SetsTheCookie_AndWrongOnesAreThrottledPerAddress()
    {
        var name = TestPlayer.UniqueName();
        using var site = Client("127.0.0.21");
        var registered = await PostFormAsync(site, "account/register", new() { ["Input.Name"] = name, ["Input.Password"] = "s3cretpw", ["Input.ConfirmPassword"] = "s3cretpw" });
        Assert.Equal(HttpStatusCode.Redirect, registered.Status);
        using var again = Client("127.0.0.21");
        var taken = await PostFormAsync(again, "account/register", new() { ["Input.Name"] = name.ToUpperInvariant(), ["Input.Password"] = "s3cretpw", ["Input.ConfirmPassword"] = "s3cretpw" });
        Assert.Contains($"The name '{name}' is taken.", WebUtility.HtmlDecode(taken.Body), StringComparison.Ordinal);

        using var attacker = Client("127.0.0.22");
        for (var i = 1; i < BrowserMudFixture.MaxFailedLogins; i++)
        {
            var wrong = await PostFormAsync(attacker, "account/login", new() { ["Input.Name"] = TestPlayer.UniqueName(), ["Input.Password"] = "guessing1" });
            Assert.Contains("Wrong name or password.", wrong.Body, StringComparison.Ordinal);
        }

        var lockedOut = await PostFormAsync(attacker, "account/login", new() { ["Input.Name"] = TestPlayer.UniqueName(), ["Input.Password"] = "guessing1" });
        var rightButLockedOut = await PostFormAsync(attacker, "account/login", new() { ["Input.Name"] = name, ["Input.Password"] = "s3cretpw" });
        using var player = Client("127.0.0.23");
        var loggedIn = await PostFormAsync(player, "account/login?returnUrl=%2Fhelp", new() { ["Input.Name"] = name, ["Input.Password"] = "s3cretpw" });

        Assert.Contains("Too many failed logins.", lockedOut.Body, StringComparison.Ordinal);
        Assert.Contains("Too many failed logins.", rightButLockedOut.Body, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Redirect, "/help"), (loggedIn.Status, loggedIn.Location));
        Assert.Contains("mud.account=", loggedIn.Cookies, StringComparison.Ordinal);
        using var characters = await player.GetAsync("characters");
        Assert.Equal(HttpStatusCode.OK, characters.StatusCode);
        Assert.Contains("My characters", await characters.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReturnAddressOnAnotherSite_IsIgnored()
    {
        var name = TestPlayer.UniqueName();
        using var site = Client("127.0.0.24");
        await PostFormAsync(site, "account/register", new() { ["Input.Name"] = name, ["Input.Password"] = "s3cretpw", ["Input.ConfirmPassword"] = "s3cretpw" });
        using var fresh = Client("127.0.0.24");

        var loggedIn = await PostFormAsync(fresh, "account/login?returnUrl=%2F%2Fevil.example%2F", new() { ["Input.Name"] = name, ["Input.Password"] = "s3cretpw" });

        Assert.Equal("/characters", loggedIn.Location);
    }

    /// <summary>Loads the form (for its antiforgery token and handler), fills it in and posts it.</summary>
    [Fact]
    public async Task LoggingOutEverywhere_EndsTheAccountsLoginsInOtherBrowsers_AtTheirNextRequest()
    {
        var name = TestPlayer.UniqueName();
        using var home = Client("127.0.0.25");
        await PostFormAsync(home, "account/register", new() { ["Input.Name"] = name, ["Input.Password"] = "s3cretpw", ["Input.ConfirmPassword"] = "s3cretpw" });
        using var work = Client("127.0.0.26");
        await PostFormAsync(work, "account/login", new() { ["Input.Name"] = name, ["Input.Password"] = "s3cretpw" });
        using (var before = await work.GetAsync("characters"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        var loggedOut = await PostFormAsync(home, "characters", "account/logout-everywhere", []);

        Assert.Equal((HttpStatusCode.Redirect, "/"), (loggedOut.Status, loggedOut.Location));
        using var after = await work.GetAsync("characters");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/login", after.Headers.Location?.OriginalString.Replace(fixture.Site.ToString(), "/", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATlsProxysForwardedScheme_IsBelievedFromTheTrustedProxyOnly_GivingHstsAndSecureCookies()
    {
        using var proxy = Client(BrowserMudFixture.TrustedProxy);
        using var stranger = Client("127.0.0.31");
        foreach (var http in new[] { proxy, stranger })
        {
            // HSTS is never sent to localhost, so ask by a public name, as a proxy would.
            http.DefaultRequestHeaders.Host = "mud.example";
            http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        }

        using var throughProxy = await proxy.GetAsync("account/login");
        using var direct = await stranger.GetAsync("account/login");

        Assert.True(throughProxy.Headers.Contains("Strict-Transport-Security"));
        Assert.Contains("secure", string.Join("; ", throughProxy.Headers.GetValues("Set-Cookie")), StringComparison.OrdinalIgnoreCase);
        Assert.False(direct.Headers.Contains("Strict-Transport-Security"));
        Assert.DoesNotContain("secure", string.Join("; ", direct.Headers.GetValues("Set-Cookie")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheLoginThrottle_CountsTheForwardedAddress_OnlyThroughTheTrustedProxy()
    {
        using var proxy = Client(BrowserMudFixture.TrustedProxy);
        using var stranger = Client("127.0.0.32");
        async Task<string> FailAsync(HttpClient http, string forwardedFor)
        {
            http.DefaultRequestHeaders.Remove("X-Forwarded-For");
            http.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
            return (await PostFormAsync(http, "account/login", new() { ["Input.Name"] = TestPlayer.UniqueName(), ["Input.Password"] = "guessing1" })).Body;
        }

        for (var i = 0; i < BrowserMudFixture.MaxFailedLogins; i++)
        {
            await FailAsync(proxy, "10.50.0.1");
            await FailAsync(stranger, $"10.60.0.{i + 1}");
        }

        Assert.Contains("Too many failed logins.", await FailAsync(proxy, "10.50.0.1"), StringComparison.Ordinal);
        Assert.Contains("Wrong name or password.", await FailAsync(proxy, "10.50.0.2"), StringComparison.Ordinal);

        // A header from anyone else changes nothing: the stranger's own address was counted, whatever it claimed.
        Assert.Contains("Too many failed logins.", await FailAsync(stranger, "10.60.0.99"), StringComparison.Ordinal);
    }

    private static Task<(HttpStatusCode Status, string Body, string? Location, string Cookies)> PostFormAsync(HttpClient http, string path, Dictionary<string, string> fields) =>
        PostFormAsync(http, path, path, fields);

    /// <summary>Reads the page at <paramref name="formPage"/> for its hidden fields (the antiforgery token), then posts to <paramref name="action"/>.</summary>
    private static async Task<(HttpStatusCode Status, string Body, string? Location, string Cookies)> PostFormAsync(HttpClient http, string formPage, string action, Dictionary<string, string> fields)
    {
        var page = await http.GetStringAsync(formPage);
        foreach (Match hidden in HiddenInput().Matches(page))
        {
            var name = Attribute("name").Match(hidden.Value).Groups[1].Value;
            var value = Attribute("value").Match(hidden.Value).Groups[1].Value;
            fields.TryAdd(WebUtility.HtmlDecode(name), WebUtility.HtmlDecode(value));
        }

        using var response = await http.PostAsync(action, new FormUrlEncodedContent(fields));
        var cookies = response.Headers.TryGetValues("Set-Cookie", out var set) ? string.Join("; ", set) : "";
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Location?.OriginalString is { } location ? new Uri(new Uri("http://x"), location).AbsolutePath : null, cookies);
    }

    /// <summary>An HTTP client whose connections come from <paramref name="sourceAddress"/>, keeping cookies, not following redirects.</summary>
    private HttpClient Client(string sourceAddress)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = true,
            ConnectCallback = async (context, cancellation) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(IPAddress.Parse(sourceAddress), 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellation);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = fixture.Site, Timeout = TimeSpan.FromSeconds(30) };
    }

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*>")]
    private static partial Regex HiddenInput();

    private static Regex Attribute(string name) => new($"\\b{name}=\"([^\"]*)\"", RegexOptions.CultureInvariant);
}
