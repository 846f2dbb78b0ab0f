using ReserveSdk;

namespace ReserveSdk.Tests.Rules;

/// <summary>Every verdict path of FORMATS.md, on a small scheme built for the test.</summary>
public sealed class VerdictTests
{
    private static readonly DateOnly On = new(2026, 6, 30);

    private static SchemeDefinition Scheme(params EligibilityRule[] rules) => TestSchemes.With(rules);

    private static EligibilityReport Check(SchemeDefinition s, Person p, EvaluationContext? c = null) =>
        Eligibility.Evaluate(s, "t", p, c ?? new EvaluationContext(On));

    private static readonly EligibilityRule HardAge = ReserveSdk.Rules.Hard("age", "年龄40周岁以下", "c1", Conditions.AgeAtMost(40));
    private static readonly EligibilityRule SoftEdu = ReserveSdk.Rules.Relaxable("edu", "大学专科以上", "c2", Conditions.EducationAtLeast(EducationLevel.JuniorCollege));
    private static readonly EligibilityRule Politics = ReserveSdk.Rules.Attested("politics", "政治素质好", "c3");
    private static readonly EligibilityRule Returnee = ReserveSdk.Rules.Preference("returnee", "优先回村创业大学生", "c4", Conditions.IsReturneeGraduate());

    private static Person Good => new() { Name = "甲", BirthDate = new DateOnly(1990, 1, 1), Education = EducationLevel.Bachelor, ReturneeGraduate = false };

    [Fact]
    public void HardRuleFails_Ineligible_EvenWithOtherProblems()
    {
        var r = Check(Scheme(HardAge, SoftEdu, Politics), Good with { BirthDate = new DateOnly(1980, 1, 1), Education = null });
        Assert.Equal(Verdict.Ineligible, r.Verdict);
        Assert.Equal("ineligible", Verdicts.Code(r.Verdict));
    }

    [Fact]
    public void HardFactMissing_Incomplete_AndTheRuleIsUnknownNotPass()
    {
        var r = Check(Scheme(HardAge, Politics), Good with { BirthDate = null });
        Assert.Equal(Verdict.Incomplete, r.Verdict);
        var age = Assert.Single(r.Rules, x => x.RuleId == "age");
        Assert.Equal(RuleOutcome.Unknown, age.Outcome);
        Assert.Equal("缺少出生日期，无法计算年龄", age.Explanation);
    }

    [Fact]
    public void RelaxableFactMissing_Incomplete()
    {
        var r = Check(Scheme(HardAge, SoftEdu), Good with { Education = null });
        Assert.Equal(Verdict.Incomplete, r.Verdict);
    }

    [Fact]
    public void OnlyRelaxableFails_NeedsRelaxation_ThenEligibleWithRelaxationOnceRecorded()
    {
        var p = Good with { Education = EducationLevel.HighSchool };
        Assert.Equal(Verdict.NeedsRelaxation, Check(Scheme(HardAge, SoftEdu), p).Verdict);
        var relaxed = Check(Scheme(HardAge, SoftEdu), p, new EvaluationContext(On) { Relaxed = new HashSet<string> { "edu" } });
        Assert.Equal(Verdict.EligibleWithRelaxation, relaxed.Verdict);
        Assert.Equal(RuleOutcome.Relaxed, relaxed.Rules.Single(x => x.RuleId == "edu").Outcome);
    }

    [Fact]
    public void AttestedNotYetAttested_PendingAttestation_ThenEligible()
    {
        Assert.Equal(Verdict.PendingAttestation, Check(Scheme(HardAge, Politics), Good).Verdict);
        var attested = Check(Scheme(HardAge, Politics), Good, new EvaluationContext(On) { Attested = new HashSet<string> { "politics" } });
        Assert.Equal(Verdict.Eligible, attested.Verdict);
    }

    [Fact]
    public void Preference_NeverAffectsTheVerdict()
    {
        var r = Check(Scheme(HardAge, Returnee), Good with { ReturneeGraduate = null });
        Assert.Equal(Verdict.Eligible, r.Verdict);
        Assert.Equal(RuleOutcome.Info, r.Rules.Single(x => x.RuleId == "returnee").Outcome);
    }

    [Fact]
    public void RelaxableIf_TurnsAHardRuleRelaxableOnlyInItsContext()
    {
        var title = ReserveSdk.Rules.Hard("title", "中级及以上职称", "c5", Conditions.TitleAtLeast(TitleLevel.Intermediate))
            .RelaxableIf((c, p) => c.UnitKindFor(p) == "小学", "小学可适当放宽");
        var p = Good with { Title = TitleLevel.Junior };
        Assert.Equal(Verdict.Ineligible, Check(Scheme(title), p).Verdict);
        var primary = Check(Scheme(title), p, new EvaluationContext(On) { UnitKind = "小学" });
        Assert.Equal(Verdict.NeedsRelaxation, primary.Verdict);
        Assert.Equal("职称初级，低于中级（小学可适当放宽）", primary.Rules.Single().Explanation);
        Assert.Equal(Verdict.NeedsRelaxation, Check(Scheme(title), p with { UnitKind = "小学" }).Verdict);
    }

    [Fact]
    public void Report_IsStampedWithSchemeVersionAndReferenceDate()
    {
        var r = Check(Scheme(HardAge), Good);
        Assert.Equal(("test", "9.9.9", On), (r.SchemeId, r.SchemeVersion, r.ReferenceDate));
    }

    [Fact]
    public void Evaluate_UnknownTrack_Throws() =>
        Assert.Throws<ArgumentException>(() => Eligibility.Evaluate(Scheme(HardAge), "nope", Good, new EvaluationContext(On)));
}
