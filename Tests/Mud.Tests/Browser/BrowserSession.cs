using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Mud.Tests.Browser;

/// <summary>
/// A real headless Chromium (Debian's <c>chromium</c>, driven through Debian's <c>chromedriver</c>; nothing is
/// downloaded) on the MUD's web site, with waits that fail saying what was expected.
/// </summary>
public sealed class BrowserSession : IDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string DriverPath = "/usr/bin/chromedriver";
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(20);
    private readonly ChromeDriver _driver;
    private readonly Uri _site;

    public BrowserSession(Uri site)
    {
        if (!File.Exists(ChromiumPath) || !File.Exists(DriverPath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Debian's chromium and chromium-driver ({ChromiumPath}, {DriverPath}). " +
                "Run them with the README's test command, `./mud test`, which installs both.");
        }

        _site = site;
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(DriverPath)!, Path.GetFileName(DriverPath));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = ChromiumPath };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900", "--no-first-run", "--disable-extensions");
        _driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    public IWebDriver Driver => _driver;

    public string Url => _driver.Url;

    public void Go(string path) => _driver.Navigate().GoToUrl(new Uri(_site, path));

    public IWebElement Find(string css) => WaitFor(() => _driver.FindElements(By.CssSelector(css)).FirstOrDefault(e => e.Displayed), () => $"an element '{css}' on {_driver.Url}; the page shows:\n{PageText()}");

    public IReadOnlyList<IWebElement> FindAll(string css) => _driver.FindElements(By.CssSelector(css));

    // Finding and acting happen in one probe: a prerendered page is replaced when its circuit starts, which
    // makes elements found a moment earlier stale, and the probe then simply tries again.
    public void Type(string css, string text) => WaitFor(() =>
    {
        var field = _driver.FindElements(By.CssSelector(css)).FirstOrDefault(e => e.Displayed && e.Enabled);
        if (field is null)
        {
            return null;
        }

        field.Clear();
        field.SendKeys(text);
        return field;
    }, () => $"'{css}' to take typing on {_driver.Url}; the page shows:\n{PageText()}");

    public void Click(string css) => WaitFor(() =>
    {
        var element = _driver.FindElements(By.CssSelector(css)).FirstOrDefault(e => e.Displayed && e.Enabled);
        element?.Click();
        return element;
    }, () => $"'{css}' to be there and enabled on {_driver.Url}; the page shows:\n{PageText()}");

    /// <summary>Waits until the element's text contains <paramref name="text"/>, and returns the whole text.</summary>
    public string WaitForText(string css, string text, TimeSpan? timeout = null) => WaitFor(
        () => _driver.FindElements(By.CssSelector(css)).Select(e => e.Text).FirstOrDefault(t => t.Contains(text, StringComparison.Ordinal)),
        () => $"'{text}' in '{css}' on {_driver.Url}; the page shows:\n{PageText()}",
        timeout);

    /// <summary>Waits for the page's address to end with <paramref name="pathAndQuery"/>.</summary>
    public void WaitForUrl(string pathAndQuery) =>
        WaitFor(() => _driver.Url.EndsWith(pathAndQuery, StringComparison.Ordinal) ? _driver.Url : null, () => $"the address to end with '{pathAndQuery}' (it is {_driver.Url})");

    /// <summary>Logs in on the site's form (every test account's password is <c>s3cretpw</c>) and waits for its characters page to be interactive.</summary>
    public void LogIn(string account)
    {
        Go("account/login");
        Type("#login-name", account);
        Type("#login-password", "s3cretpw");
        Click("#login-submit");
        WaitForUrl("characters");
        // A link followed before the page's circuit is up can leave that page's content under the new address.
        WaitForInteractive();
    }

    /// <summary>Waits until the Blazor circuit of the page is up, so clicks reach the server.</summary>
    public void WaitForInteractive() => WaitFor(
        () => _driver.FindElements(By.Id("interactive")).Count > 0 ? "yes" : null,
        () => $"the interactive page on {_driver.Url}");

    public T WaitFor<T>(Func<T?> probe, string expected, TimeSpan? timeout = null)
        where T : class => WaitFor(probe, () => expected, timeout);

    public T WaitFor<T>(Func<T?> probe, Func<string> expected, TimeSpan? timeout = null)
        where T : class
    {
        var wait = new WebDriverWait(_driver, timeout ?? DefaultWait);
        wait.IgnoreExceptionTypes(typeof(StaleElementReferenceException), typeof(NoSuchElementException), typeof(ElementNotInteractableException), typeof(ElementClickInterceptedException), typeof(InvalidElementStateException));
        try
        {
            return wait.Until(_ => probe());
        }
        catch (WebDriverTimeoutException)
        {
            throw new TimeoutException($"Waited {(timeout ?? DefaultWait).TotalSeconds:0} s for {expected()}");
        }
    }

    public string PageText()
    {
        try
        {
            return _driver.FindElements(By.TagName("body")).FirstOrDefault()?.Text ?? "(no page)";
        }
        catch (WebDriverException)
        {
            return "(the page was changing)";
        }
    }

    /// <summary>Opens a new tab of the same browser (same cookies) and switches to it; returns its handle.</summary>
    public string NewTab()
    {
        _driver.SwitchTo().NewWindow(WindowType.Tab);
        return _driver.CurrentWindowHandle;
    }

    public void SwitchTo(string tab) => _driver.SwitchTo().Window(tab);

    public string CurrentTab => _driver.CurrentWindowHandle;

    /// <summary>Saves a screenshot when <c>MUD_SCREENSHOTS</c> names a folder (the docs' pictures are made this way).</summary>
    public void Screenshot(string name)
    {
        if (Environment.GetEnvironmentVariable("MUD_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            _driver.GetScreenshot().SaveAsFile(Path.Combine(folder, name + ".png"));
        }
    }

    public void Dispose()
    {
        _driver.Quit();
        _driver.Dispose();
    }
}
