using CsCheck;
using ReserveSdk;

namespace ReserveSdk.Tests.Rules;

/// <summary>Issue 12 "fuzz / properties": what must hold for every person, date and limit, not only the examples.</summary>
public sealed class EligibilityPropertyTests
{
    private static readonly Gen<DateOnly> Day = Gen.Int[0, 365 * 80].Select(d => new DateOnly(1940, 1, 1).AddDays(d));

    // Unknown facts are part of the space: a person without a birth date must not break the property either.
    private static Gen<T?> Maybe<T>(Gen<T> gen) where T : struct => Gen.Select(Gen.Int[0, 9], gen).Select((k, v) => k == 0 ? (T?)null : v);

    private static readonly Gen<Person> People =
        Gen.Select(Maybe(Day), Maybe(Gen.Enum<EducationLevel>()), Maybe(Gen.Bool))
            .Select((birth, education, returnee) => new Person { Name = "甲", BirthDate = birth, Education = education, ReturneeGraduate = returnee });

    private static int Severity(Verdict v) => (int)v;

    private static Verdict Check(Person p, DateOnly on, params EligibilityRule[] rules) =>
        Eligibility.Evaluate(TestSchemes.With(rules), "t", p, new EvaluationContext(on)).Verdict;

    [Fact]
    public void RaisingAnAgeLimit_NeverMakesAVerdictWorse()
    {
        Gen.Select(People, Day, Gen.Int[20, 60], Gen.Int[1, 15]).Sample((person, on, limit, more) =>
        {
            var tight = Check(person, on, ReserveSdk.Rules.Hard("age", "年龄", "c", Conditions.AgeAtMost(limit)));
            var loose = Check(person, on, ReserveSdk.Rules.Hard("age", "年龄", "c", Conditions.AgeAtMost(limit + more)));
            return Severity(loose) <= Severity(tight);
        }, iter: 2000);
    }

    private static readonly Gen<RuleResult> Results =
        Gen.Select(Gen.Enum<RuleKind>(), Gen.Enum<RuleOutcome>(), Gen.Int[0, 9])
            .Select((kind, outcome, i) => new RuleResult($"r{i}", kind, outcome, "d", "c", "e", []));

    [Fact]
    public void TheVerdict_DoesNotDependOnRuleOrder_AndAPassingRuleChangesNothing()
    {
        Gen.Select(Results.List[0, 12], Gen.Int).Sample((results, seed) =>
        {
            var verdict = Verdicts.From(results);
            var random = new Random(seed);
            var shuffled = results.OrderBy(_ => random.Next()).ToList();
            var withPass = results.Append(new RuleResult("p", RuleKind.Hard, RuleOutcome.Pass, "d", "c", "e", [])).ToList();
            return Verdicts.From(shuffled) == verdict && Verdicts.From(withPass) == verdict;
        }, iter: 2000);
    }

    [Fact]
    public void AFailingHardRule_AlwaysDecides_WhateverElseIsThere()
    {
        Results.List[0, 12].Sample(results =>
            Verdicts.From([.. results, new RuleResult("h", RuleKind.Hard, RuleOutcome.Fail, "d", "c", "e", [])]) == Verdict.Ineligible, iter: 2000);
    }
}
