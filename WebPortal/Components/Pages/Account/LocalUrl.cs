namespace Mud.WebPortal.Components.Pages.Account;

/// <summary>Where to go after logging in: only a path on this site, never another host.</summary>
public static class LocalUrl
{
    public static string OrDefault(string? url, string fallback) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Contains("://", StringComparison.Ordinal)
            ? url.TrimStart('/')
            : fallback;
}
