namespace Mud.Commands;

/// <summary>A command that asks "are you sure?" first; a "yes" runs its second step.</summary>
public interface IConfirmedCommand
{
    Task ConfirmedAsync(ISessionContext context, string arguments);
}
