using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Mud.Accounts;
using Mud.Characters;
using Mud.Characters.Creation;
using Mud.Tests.Grains;
using Mud.WebPortal.Components.Pages.Characters;
using Mud.World;

namespace Mud.Tests.Web.Characters;

/// <summary>The character wizard rendered by bUnit against the real creation rules in an in-process silo.</summary>
[Collection(GameClusterCollection.Name)]
[Trait("Category", "Integration")]
public sealed class CreateCharacterWizardTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly GameClusterFixture _cluster;
    private readonly BunitContext _context = new();
    private readonly FakeTimeProvider _time;
    private string _account = "";

    public CreateCharacterWizardTests(GameClusterFixture cluster)
    {
        _cluster = cluster;
        _time = _context.AddGameFacades(cluster.Client);
    }

    public async Task InitializeAsync()
    {
        _account = TestPlayer.UniqueName();
        var account = _cluster.Client.GetGrain<IAccountGrain>(NameRules.KeyOf(_account));
        Assert.True((await account.CreateAsync(_account, new Password("s3cretpw"))).Succeeded);
        _context.LogIn(_account);
    }

    public async Task DisposeAsync() => await _context.DisposeAsync();

    [Fact]
    public async Task TheName_IsCheckedAfterAPauseInTyping_AndATakenNameCannotGoOn()
    {
        var rival = TestPlayer.UniqueName();
        var rivalAccount = _cluster.Client.GetGrain<IAccountGrain>(NameRules.KeyOf(rival));
        await rivalAccount.CreateAsync(rival, new Password("s3cretpw"));
        var options = await _cluster.Client.GetGrain<ICharacterCreationGrain>(0).GetOptionsAsync();
        Assert.True((await rivalAccount.CreateCharacterAsync(options.DefaultDraft(rival))).Succeeded);
        var wizard = Open();

        var typing = wizard.Find("#character-name").InputAsync(new ChangeEventArgs { Value = rival.ToLowerInvariant() });

        wizard.WaitForAssertion(() => Assert.Equal("Checking…", wizard.Find("#name-check").TextContent.Trim()), Wait);
        Assert.True(wizard.Find("#wizard-next").HasAttribute("disabled"));
        await FinishTypingAsync(typing);
        wizard.WaitForAssertion(() => Assert.Equal($"The name '{rival}' is taken.", wizard.Find("#name-check").TextContent.Trim()), Wait);
        Assert.True(wizard.Find("#wizard-next").HasAttribute("disabled"));

        // The account's own name is kept for it.
        await TypeNameAsync(wizard, _account);
        wizard.WaitForAssertion(() => Assert.Equal($"{_account} is free.", wizard.Find("#name-check").TextContent.Trim()), Wait);
        Assert.False(wizard.Find("#wizard-next").HasAttribute("disabled"));
    }

    [Fact]
    public async Task AWizardRun_CreatesTheCharacterTheRulesAllow_WithTheChosenRaceClassAndPoints()
    {
        var name = TestPlayer.UniqueName();
        var wizard = Open();

        await TypeNameAsync(wizard, name);
        wizard.WaitForAssertion(() => Assert.Equal($"{name} is free.", wizard.Find("#name-check").TextContent.Trim()), Wait);
        await wizard.Find("#wizard-next").ClickAsync(new MouseEventArgs());
        await wizard.Find("input[name=race][value=dwarf]").ChangeAsync(new ChangeEventArgs { Value = "dwarf" });
        await wizard.Find("input[name=class][value=cleric]").ChangeAsync(new ChangeEventArgs { Value = "cleric" });
        await wizard.Find("#wizard-next").ClickAsync(new MouseEventArgs());
        for (var i = 0; i < 5; i++)
        {
            await wizard.Find("tr[data-stat=spirit] .plus").ClickAsync(new MouseEventArgs());
        }

        Assert.True(wizard.Find("tr[data-stat=spirit] .plus").HasAttribute("disabled"), "at most 5 points on one stat");
        for (var i = 0; i < 5; i++)
        {
            await wizard.Find("tr[data-stat=strength] .plus").ClickAsync(new MouseEventArgs());
        }

        Assert.Equal("0", wizard.Find("#points-left").TextContent);
        Assert.All(wizard.FindAll(".plus"), plus => Assert.True(plus.HasAttribute("disabled"), "the budget is spent"));
        Assert.Equal("14", wizard.Find("tr[data-stat=strength] .total").TextContent);
        Assert.Equal("10", wizard.Find("tr[data-stat=constitution] .total").TextContent);
        await wizard.Find("#wizard-next").ClickAsync(new MouseEventArgs());
        await wizard.Find("#character-description").InputAsync(new ChangeEventArgs { Value = "A stout dwarf with a braided <b>beard</b>." });
        await wizard.Find("#wizard-next").ClickAsync(new MouseEventArgs());
        Assert.Contains("Spirit 13", wizard.Find("#wizard-summary").TextContent, StringComparison.Ordinal);
        await wizard.Find("#wizard-create").ClickAsync(new MouseEventArgs());

        var navigation = _context.Services.GetRequiredService<NavigationManager>();
        wizard.WaitForAssertion(() => Assert.EndsWith($"characters?created={name}", navigation.Uri, StringComparison.Ordinal), Wait);
        var profile = await _cluster.Client.GetGrain<ICharacterGrain>(NameRules.KeyOf(name)).GetProfileAsync();
        Assert.NotNull(profile);
        Assert.Equal(("dwarf", "cleric", 13, 14), (profile.Race, profile.Class, profile.Stats["spirit"], profile.Stats["strength"]));
        Assert.Equal("A stout dwarf with a braided <b>beard</b>.", profile.Info.Description);
        Assert.Equal(_account, profile.Info.AccountName);
    }

    [Fact]
    public async Task ANameTakenAfterTheCheck_IsRefusedByTheGame_AndTheWizardGoesBackToTheName()
    {
        var name = TestPlayer.UniqueName();
        var wizard = Open();
        await TypeNameAsync(wizard, name);
        wizard.WaitForAssertion(() => Assert.False(wizard.Find("#wizard-next").HasAttribute("disabled")), Wait);
        for (var step = 0; step < 4; step++)
        {
            await wizard.Find("#wizard-next").ClickAsync(new MouseEventArgs());
        }

        // Someone else creates the name while this player reads the summary.
        var rival = TestPlayer.UniqueName();
        var rivalAccount = _cluster.Client.GetGrain<IAccountGrain>(NameRules.KeyOf(rival));
        await rivalAccount.CreateAsync(rival, new Password("s3cretpw"));
        var options = await _cluster.Client.GetGrain<ICharacterCreationGrain>(0).GetOptionsAsync();
        Assert.True((await rivalAccount.CreateCharacterAsync(options.DefaultDraft(name))).Succeeded);
        await wizard.Find("#wizard-create").ClickAsync(new MouseEventArgs());

        wizard.WaitForAssertion(() => Assert.Equal($"The name '{name}' is taken.", wizard.Find("#wizard-error").TextContent.Trim()), Wait);
        Assert.Equal("Name", wizard.Find(".wizard-step").GetAttribute("data-step"));
    }

    [Fact]
    public async Task ACharacterMadeForTheAccountButMissingFromIt_IsOfferedAndGivenBack_AndTheListSaysSo()
    {
        var name = TestPlayer.UniqueName();
        var start = await _cluster.Client.GetGrain<IWorldGrain>(0).GetStartRoomAsync();
        Assert.True(await _cluster.Client.GetGrain<ICharacterGrain>(NameRules.KeyOf(name)).CreateAsync(new CharacterCreation(name, _account, start, "")));
        var wizard = Open();

        await TypeNameAsync(wizard, name);
        wizard.WaitForAssertion(() => Assert.StartsWith($"{name} was made for this account before", wizard.Find("#name-check").TextContent.Trim(), StringComparison.Ordinal), Wait);
        for (var step = 0; step < 4; step++)
        {
            await wizard.Find("#wizard-next").ClickAsync(new MouseEventArgs());
        }

        await wizard.Find("#wizard-create").ClickAsync(new MouseEventArgs());

        var navigation = _context.Services.GetRequiredService<NavigationManager>();
        wizard.WaitForAssertion(() => Assert.EndsWith($"characters?created={name}&recovered=true", navigation.Uri, StringComparison.Ordinal), Wait);
        var list = _context.Render<MyCharacters>();
        list.WaitForAssertion(() => Assert.StartsWith($"{name} was already made for this account; it is yours again.", list.Find("#created-notice").TextContent.Trim(), StringComparison.Ordinal), Wait);
    }

    [Fact]
    public async Task AnOversizedDescription_ThatGetsPastTheTextBox_IsRefusedWithTheLimit()
    {
        var wizard = Open();
        await TypeNameAsync(wizard, TestPlayer.UniqueName());
        wizard.WaitForAssertion(() => Assert.False(wizard.Find("#wizard-next").HasAttribute("disabled")), Wait);
        for (var step = 0; step < 3; step++)
        {
            await wizard.Find("#wizard-next").ClickAsync(new MouseEventArgs());
        }

        await wizard.Find("#character-description").InputAsync(new ChangeEventArgs { Value = new string('x', 700) });
        await wizard.Find("#wizard-next").ClickAsync(new MouseEventArgs());

        Assert.Equal("A description may be at most 600 characters long; this one has 700.", wizard.Find("#wizard-error").TextContent.Trim());
        Assert.Equal("Description", wizard.Find(".wizard-step").GetAttribute("data-step"));
    }

    private IRenderedComponent<CreateCharacter> Open()
    {
        var wizard = _context.Render<CreateCharacter>();
        wizard.WaitForElement("#character-name", Wait);
        return wizard;
    }

    private async Task TypeNameAsync(IRenderedComponent<CreateCharacter> wizard, string name)
    {
        await FinishTypingAsync(wizard.Find("#character-name").InputAsync(new ChangeEventArgs { Value = name }));
    }

    private async Task FinishTypingAsync(Task typing)
    {
        // The handler may reach its pause after a first advance of the clock (the renderer runs it on its own
        // thread), so keep the fake time moving until it is done rather than advancing once and hanging.
        var deadline = DateTime.UtcNow + Wait;
        while (!typing.IsCompleted && DateTime.UtcNow < deadline)
        {
            _time.Advance(TimeSpan.FromMilliseconds(250));
            await Task.WhenAny(typing, Task.Delay(20));
        }

        await typing.WaitAsync(Wait);
    }
}
