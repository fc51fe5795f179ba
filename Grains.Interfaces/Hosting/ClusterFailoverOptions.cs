using System.ComponentModel.DataAnnotations;

namespace Mud.Hosting;

/// <summary>
/// How fast the cluster notices a lost silo or a lost front end (configuration section <c>Mud:Cluster</c>).
/// The defaults bound a SIGKILLed silo's absence to a few seconds on a LAN; see the README for the reasoning.
/// </summary>
public sealed class ClusterFailoverOptions
{
    public const string Section = "Mud:Cluster";

    /// <summary>
    /// How long a silo waits for another's answer to a liveness probe (Orleans <c>ClusterMembershipOptions.ProbeTimeout</c>,
    /// default 5 s there). Orleans adapts the effective timeout between half and four times this to the measured round trips.
    /// </summary>
    [Range(0.5, 60)]
    public double ProbeTimeoutSeconds { get; set; } = 2;

    /// <summary>Missed probes in a row before a silo votes another dead (Orleans <c>NumMissedProbesLimit</c>, default 3 there).</summary>
    [Range(1, 10)]
    public int MissedProbesLimit { get; set; } = 2;

    /// <summary>Votes that declare a silo dead (Orleans <c>NumVotesForDeathDeclaration</c>); Orleans needs at most half of the live silos.</summary>
    [Range(1, 10)]
    public int VotesForDeath { get; set; } = 2;

    /// <summary>How often silos re-read the membership table besides gossip (Orleans <c>TableRefreshTimeout</c>, default 60 s there).</summary>
    [Range(1, 600)]
    public double TableRefreshSeconds { get; set; } = 10;

    /// <summary>How often a front end re-reads the list of gateways (Orleans <c>GatewayListRefreshPeriod</c>, default 60 s there).</summary>
    [Range(1, 600)]
    public double GatewayListRefreshSeconds { get; set; } = 5;

    /// <summary>
    /// A front end (Portal, WebPortal) whose heartbeats stop for this long is taken for dead, and its sessions are
    /// closed: their characters leave the world. Front ends beat every 2 s.
    /// </summary>
    [Range(5, 3600)]
    public double PortalTimeoutSeconds { get; set; } = 30;
}
