namespace Mud.WebPortal.Components.Pages.Account;

/// <summary>Where to go after logging in: only a path on this site, never another host.</summary>
public static class LocalUrl
{
    // Browsers drop tabs and line breaks inside URLs, so "/\t/evil.example" would lead off the site; any control
    // character makes the address untrusted.
    public static string OrDefault(string? url, string fallback) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
            && !url.Contains("://", StringComparison.Ordinal) && !url.Any(char.IsControl)
            ? url.TrimStart('/')
            : fallback;
}
