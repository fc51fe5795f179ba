using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Mud.Admin;
using Mud.WebPortal.Services.Accounts;
using Mud.WebPortal.Services.Admin;

namespace Mud.WebPortal.Components.Pages.Admin;

/// <summary>Whether the administration pages may show themselves to the visitor.</summary>
public enum AdminGate
{
    Checking,
    Unavailable,
    Refused,
    Allowed,
}

/// <summary>
/// What every page under <c>/admin</c> shares: the visitor must be logged in (the pages carry <c>[Authorize]</c>) to an
/// account of level Admin or above, asked of the game, and a page loads its data only then. The game checks again
/// at every action, so a page left open after a demotion can do nothing.
/// </summary>
public abstract class AdminPageBase : ComponentBase, IDisposable
{
    private readonly CancellationTokenSource _stop = new();

    [CascadingParameter]
    private Task<AuthenticationState> Authentication { get; set; } = default!;

    [Inject]
    protected AdminService Admin { get; set; } = default!;

    [Inject]
    protected TimeProvider Time { get; set; } = default!;

    /// <summary>The logged-in account's key, which every action names as its actor.</summary>
    protected string Actor { get; private set; } = "";

    protected AdminGate Gate { get; private set; } = AdminGate.Checking;

    protected string? Message { get; set; }

    protected bool MessageIsError { get; set; }

    protected CancellationToken Stopping => _stop.Token;

    protected override async Task OnInitializedAsync()
    {
        Actor = AccountUser.KeyOf((await Authentication).User) ?? "";
        var allowed = await Admin.IsAdminAsync(Actor, Stopping);
        Gate = !allowed.IsAvailable ? AdminGate.Unavailable : allowed.Value ? AdminGate.Allowed : AdminGate.Refused;
        if (Gate == AdminGate.Allowed)
        {
            await LoadAsync();
        }
    }

    /// <summary>Reads what the page shows; called once the visitor is known to be an administrator, and after each action.</summary>
    protected abstract Task LoadAsync();

    /// <summary>Shows an action's outcome and reads the page's data again.</summary>
    protected async Task ShowAsync(AdminResult result)
    {
        Message = result.Message;
        MessageIsError = !result.Succeeded;
        await LoadAsync();
    }

    /// <summary>"5s", "3m", "2h 5m", "4d 1h", as the game's <c>@who</c> writes them.</summary>
    protected static string Ago(TimeSpan span) => span switch
    {
        { TotalDays: >= 1 } => $"{(int)span.TotalDays}d {span.Hours}h",
        { TotalHours: >= 1 } => $"{(int)span.TotalHours}h {span.Minutes}m",
        { TotalMinutes: >= 1 } => $"{(int)span.TotalMinutes}m",
        _ => $"{Math.Max(0, (int)span.TotalSeconds)}s",
    };

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
        GC.SuppressFinalize(this);
    }
}
