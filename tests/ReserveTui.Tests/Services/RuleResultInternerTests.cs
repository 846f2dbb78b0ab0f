using ReserveSdk;
using ReserveTui.Services;

namespace ReserveTui.Tests.Services;

/// <summary>Rows of the same whole outcome share one report; any difference, in a result or in the verdict, does not.</summary>
public sealed class RuleResultInternerTests
{
    private static RuleResult Result(string explanation, RuleOutcome outcome = RuleOutcome.Pass) =>
        new("age.max", RuleKind.Hard, outcome, "年龄", "第二篇", explanation, ["birth_date"]);

    private static EligibilityReport Make(Verdict verdict, RuleResult[] rules) => new("college", "1.0.0", "deputy", new DateOnly(2026, 6, 30), verdict, rules);

    [Fact]
    public void SameOutcome_SharesOneReport_EqualResultsByValueCount()
    {
        var interner = new RuleResultInterner();
        var a = interner.Outcome(Verdict.Eligible, [Result("年龄 30 岁"), Result("本科")]);
        // Equal by value, not the same instances: one outcome.
        var b = interner.Outcome(Verdict.Eligible, [Result("年龄 30 岁"), Result("本科")]);
        Assert.Equal(a, b);
        Assert.Same(interner.Report(a, Make), interner.Report(b, Make));
        Assert.Equal(["年龄 30 岁", "本科"], interner.Report(a, Make).Rules.Select(r => r.Explanation));
    }

    [Fact]
    public void ADifferentResultOrVerdict_IsAnotherOutcome()
    {
        var interner = new RuleResultInterner();
        var eligible = interner.Outcome(Verdict.Eligible, [Result("年龄 30 岁")]);
        var otherVerdict = interner.Outcome(Verdict.Ineligible, [Result("年龄 30 岁")]);
        var otherAge = interner.Outcome(Verdict.Eligible, [Result("年龄 31 岁")]);
        var otherOutcome = interner.Outcome(Verdict.Eligible, [Result("年龄 30 岁", RuleOutcome.Fail)]);
        Assert.Equal(4, new[] { eligible, otherVerdict, otherAge, otherOutcome }.Distinct().Count());
        Assert.Equal(Verdict.Ineligible, interner.Report(otherVerdict, Make).Verdict);
        Assert.Equal(RuleOutcome.Fail, interner.Report(otherOutcome, Make).Rules[0].Outcome);
    }
}
