using ReserveSdk;
using Xunit;

namespace MyScheme.Tests;

/// <summary>
/// The checks ReserveTui runs on its bundled plugins, run on this one on every build (ReserveTestKit): the scheme
/// check, both workflows walked to every end, rules evaluated as the host evaluates them, and the YAML cases in
/// cases/ run by the installed program (set RESERVE_CLI if `reserve` is not on the PATH).
/// </summary>
public sealed class MySchemeTests
{
    private static readonly SchemeDefinition Scheme = new MySchemeScheme().Define();

    [Fact]
    public void TheSchemeCheck_FindsNoError() => ReserveTestKit.AssertConforms(Scheme);

    [Fact]
    public void BothWorkflows_ReachEveryEnd()
    {
        ReserveTestKit.AssertEveryEndReachable(Scheme.CampaignWorkflow);
        ReserveTestKit.AssertEveryEndReachable(Scheme.NomineeWorkflow);
        Assert.Equal(["inspect", "publicize", "clear", "admit"], ReserveTestKit.PathsToEnds(Scheme.NomineeWorkflow)[Conventions.Admitted]);
    }

    [Fact]
    public void ABachelorOf40WithSectionRank_IsEligibleOnceAttested()
    {
        var person = new Person { Name = "甲", BirthDate = new DateOnly(1986, 1, 1), Education = EducationLevel.Bachelor, Rank = RankLevel.Section };
        Assert.Equal(Verdict.PendingAttestation, ReserveTestKit.Evaluate(Scheme, "mid", person, new DateOnly(2026, 6, 30)).Verdict);
        Assert.Equal(Verdict.Eligible, ReserveTestKit.Evaluate(Scheme, "mid", person, new DateOnly(2026, 6, 30), attested: ["loyalty"]).Verdict);
    }

    [Fact]
    public void ThePolicyCases_Pass()
    {
        // The plugin's own build output, in the configuration these tests were built in (bin/<Configuration>/net10.0).
        var output = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = output.Parent!.Name;
        ReserveTestKit.AssertPolicyCasesPass("myscheme", Path.Combine(output.Parent.Parent!.Parent!.Parent!.FullName, "MyScheme", "bin", configuration, output.Name));
    }
}
