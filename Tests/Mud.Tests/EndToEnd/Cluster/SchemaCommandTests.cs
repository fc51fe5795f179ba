namespace Mud.Tests.EndToEnd.Cluster;

/// <summary><c>./mud schema --postgres ...</c>, for operators who prepare the database before the first start.</summary>
[Trait("Category", "EndToEnd")]
[Collection(EndToEndCollection.Name)]
public sealed class SchemaCommandTests
{
    [Fact]
    public async Task SchemaCommand_CreatesTheOrleansTablesInAnEmptyDatabase_AndARerunChangesNothing()
    {
        await using var database = await ClusterDatabase.CreateAsync();
        await using var mud = MudInstance.Create();
        Assert.Empty(await database.TablesAsync());

        await mud.RunLauncherAsync(["schema", "--postgres", database.ConnectionString]);

        Assert.Equal(
            ["orleansmembershiptable", "orleansmembershipversiontable", "orleansquery", "orleansreminderstable", "orleansstorage"],
            await database.TablesAsync());
        var again = await mud.RunLauncherAsync(["schema", "--postgres", database.ConnectionString]);
        Assert.Contains("already", again, StringComparison.OrdinalIgnoreCase);
    }
}
