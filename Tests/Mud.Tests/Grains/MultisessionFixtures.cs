namespace Mud.Tests.Grains;

/// <summary>A game cluster in one multisession mode, with an account name set aside for an administrator (promoted by the test that creates it).</summary>
public abstract class MultisessionClusterFixture(int mode, int maxCharacters = 5, int linkDeadGraceSeconds = 0) : GameClusterFixture
{
    public const string AdministratorName = "Overseer";

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Mud:MultisessionMode"] = mode.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mud:MaxCharactersPerAccount"] = maxCharacters.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mud:LinkDeadGraceSeconds"] = linkDeadGraceSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

public sealed class Mode0ClusterFixture() : MultisessionClusterFixture(0, maxCharacters: 1);

public sealed class Mode2ClusterFixture() : MultisessionClusterFixture(2);

public sealed class Mode3ClusterFixture() : MultisessionClusterFixture(3, linkDeadGraceSeconds: 3);

[CollectionDefinition(Name)]
public sealed class Mode0ClusterCollection : ICollectionFixture<Mode0ClusterFixture>
{
    public const string Name = "Game cluster, multisession mode 0";
}

[CollectionDefinition(Name)]
public sealed class Mode2ClusterCollection : ICollectionFixture<Mode2ClusterFixture>
{
    public const string Name = "Game cluster, multisession mode 2";
}

[CollectionDefinition(Name)]
public sealed class Mode3ClusterCollection : ICollectionFixture<Mode3ClusterFixture>
{
    public const string Name = "Game cluster, multisession mode 3";
}
