using Mud.Accounts;

namespace Mud.Tests.Grains.Building;

[Collection(GameClusterCollection.Name)]
[Trait("Category", "Integration")]
public sealed class PermCommandTests(GameClusterFixture cluster) : BuilderTestBase(cluster)
{
    private Task<(TestPlayer Player, string Name)> NewAdminAsync() => NewStaffAsync(PermissionLevel.Admin, "@perm");

    [Fact]
    public async Task Perm_ByAnAdmin_MakesABuilder_WhoseSessionCanBuildAtOnce()
    {
        var (admin, _) = await NewAdminAsync();
        var (player, name) = await NewAccountAsync();

        Assert.Contains($"{name} is now a Builder", await RunAsync(admin, $"@perm {name} = builder"), StringComparison.Ordinal);

        Assert.Equal(PermissionLevel.Builder, (await Account(name).GetInfoAsync())!.Level);
        Assert.Equal(PermissionLevel.Builder, (await Client.GetGrain<IStaffGrain>(0).GetStaffAsync())[name.ToLowerInvariant()]);
        Assert.Contains(name.ToLowerInvariant(), await RunAsync(admin, "@perm"), StringComparison.Ordinal);
        await player.WaitForAsync("Your permission level is now Builder.");
        Assert.DoesNotContain("and above may use", await RunAsync(player, "@rooms no-such-area"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Perm_CannotGrantAboveYourOwnLevel_NorChangeYourEquals()
    {
        var (admin, _) = await NewAdminAsync();
        var (_, otherAdmin) = await NewAdminAsync();
        var (_, player) = await NewAccountAsync();

        Assert.Contains("above your own", await RunAsync(admin, $"@perm {player} = Developer"), StringComparison.Ordinal);
        Assert.Contains("only a Developer may change", await RunAsync(admin, $"@perm {otherAdmin} = Player"), StringComparison.Ordinal);
        Assert.Equal(PermissionLevel.Player, (await Account(player).GetInfoAsync())!.Level);
        Assert.Equal(PermissionLevel.Admin, (await Account(otherAdmin).GetInfoAsync())!.Level);
    }

    [Fact]
    public async Task Perm_RefusesToDemoteTheLastDeveloper()
    {
        var founder = await LogInAsync(GameClusterFixture.FounderName);

        Assert.Contains("last Developer", await RunAsync(founder, $"@perm {GameClusterFixture.FounderName} = Admin"), StringComparison.Ordinal);

        Assert.Equal(PermissionLevel.Developer, (await Account(GameClusterFixture.FounderName).GetInfoAsync())!.Level);
    }

    [Fact]
    public async Task Perm_IsForAdmins_AndExplainsBadArguments()
    {
        var (builder, _) = await NewBuilderAsync();
        var (admin, _) = await NewAdminAsync();

        Assert.Contains("Only Admin and above may use", await RunAsync(builder, "@perm"), StringComparison.Ordinal);
        Assert.Contains("Usage: @perm", await RunAsync(admin, "@perm someone"), StringComparison.Ordinal);
        Assert.Contains("Usage: @perm", await RunAsync(admin, "@perm someone = Wizard"), StringComparison.Ordinal);
        Assert.Contains("There is no account", await RunAsync(admin, "@perm nobodyatallxyz = Helper"), StringComparison.Ordinal);
    }
}
