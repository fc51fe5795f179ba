namespace Mud.Commands;

/// <summary>A character command that asks "are you sure?" first (<see cref="ICharacterContext.AskToConfirm"/>); a "yes" runs its second step.</summary>
public interface IConfirmedCharacterCommand
{
    Task ConfirmedAsync(ICharacterContext context, string arguments);
}
