using ReserveSdk;
using Xunit;

namespace MyScheme.Tests;

/// <summary>
/// The checks the host runs on every plugin, run here on every build: the scheme check (the same as
/// `reserve scheme verify`), and rules evaluated the way the host evaluates them. The YAML cases in cases/ run with
/// `reserve scheme test myscheme --plugins ../MyScheme/bin/Debug/net10.0`.
/// </summary>
public sealed class MySchemeTests
{
    private static readonly SchemeDefinition Scheme = new MySchemeScheme().Define();

    [Fact]
    public void TheSchemeCheck_FindsNoError() =>
        Assert.Empty(SchemeConformance.Check(Scheme).Where(f => f.IsError).Select(f => $"{f.Code} {f.Message}"));

    [Fact]
    public void ABachelorOf40WithSectionRank_IsEligibleOnceAttested()
    {
        var person = new Person { Name = "甲", BirthDate = new DateOnly(1986, 1, 1), Education = EducationLevel.Bachelor, Rank = RankLevel.Section };
        var context = new EvaluationContext(new DateOnly(2026, 6, 30)) { Attested = new HashSet<string> { "loyalty" } };
        Assert.Equal(Verdict.Eligible, Eligibility.Evaluate(Scheme, "mid", person, context).Verdict);
    }

    [Fact]
    public void EveryRule_SaysUnknownRatherThanThrowing_ForAPersonWithNothingRecorded()
    {
        var report = Eligibility.Evaluate(Scheme, "mid", new Person { Name = "乙" }, new EvaluationContext(new DateOnly(2026, 6, 30)));
        Assert.DoesNotContain(report.Rules, r => r.Outcome == RuleOutcome.Fault);
    }
}
