using Orleans.Concurrency;

namespace Mud.Sessions;

/// <summary>
/// A front end (telnet Portal, WebPortal) that holds client connections. Grains push output to it;
/// one observer per front-end process, so fan-out is per process rather than per session.
/// </summary>
public interface IPortalObserver : IGrainObserver
{
    /// <summary>Delivers output to sessions on this front end. One-way: a slow front end never stalls a grain.</summary>
    [OneWay]
    Task DeliverAsync(OutputBatch batch);

    /// <summary>
    /// Delivers output like <see cref="DeliverAsync"/>, but answers once the front end has it: for a notice that
    /// must reach the players before what follows it (<c>@shutdown</c> stops the front end next).
    /// </summary>
    Task DeliverConfirmedAsync(OutputBatch batch);
}
