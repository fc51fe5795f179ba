namespace Mud.Admin;

/// <summary>What is stored for the ban list.</summary>
public sealed class BanState
{
    public List<Ban> Bans { get; set; } = [];
}
