using ReserveSdk;

namespace ReserveScheme.Tests;

/// <summary>
/// What every bundled scheme must satisfy for its rules to be reviewable against the seed: ids that can be
/// referred to, a citation on every rule and every step, tracks that exist, and the rule book's conventions
/// (a softened clause is relaxable; the plan is approved before it is published).
/// </summary>
public sealed class PolicyConformanceTests
{
    [Theory]
    [MemberData(nameof(AllSchemes.Ids), MemberType = typeof(AllSchemes))]
    public void EveryBundledScheme_PassesTheSdksOwnConformanceCheck(string id) =>
        Assert.Empty(SchemeConformance.Problems(AllSchemes.Get(id)));

    [Fact]
    public void TheConformanceCheck_CatchesWhatTheSchemeTestsUsedToMiss()
    {
        var street = AllSchemes.Get("street");
        // A mistyped stage ("inspectng"), a state with no way out, a step and a rule without citation, a rule on a
        // track that does not exist, a repeated rule id, and an admission that skips the notice period.
        var nominee = new WorkflowBuilder("nominee", "人选流程")
            .State("nominated", "已提名").State("stuck", "卡住").Final(Conventions.Admitted, "已入库")
            .Action("inspect", "组织考察", "nominated", "stuck", "第一篇 3.三", Guards.NomineeEligible())
            .Action("admit", "入库", "nominated", Conventions.Admitted, (string?)null, Guards.NomineeEligible())
            .DuringCampaign("inspectng", "组织考察", "inspect")
            .Build();
        var broken = street with
        {
            NomineeWorkflow = nominee,
            Rules = [.. street.Rules, street.Rules[0], Rules.Hard("x", "无引用", "", Conditions.AgeAtMost(40)).ForTracks("no-such-track")],
        };
        var problems = SchemeConformance.Problems(broken);
        Assert.Contains("人选操作 inspect（自 nominated）等待的批次环节 inspectng 不存在", problems);
        Assert.Contains("人选流程的环节 stuck（卡住）不是终点，却没有出口", problems);
        Assert.Contains("人选流程的操作 admit（自 nominated 至 admitted）没有引用条款", problems);
        Assert.Contains("资格规则 x 没有引用条款", problems);
        Assert.Contains("资格规则 x 限于不存在的类别 no-such-track（该规则永远不会适用）", problems);
        Assert.Contains($"资格规则 id {street.Rules[0].Id} 重复（重复的 id 无法单独放宽、认定或引用）", problems);
        Assert.Contains("人选流程的入库路径 admit 没有公示期（Guards.DaysSince / NomineeNotice）", problems);
        // A one-step admission guarded by NotDirectEntry is not direct entry: everybody would skip eligibility and notice.
        var sneaky = new WorkflowBuilder("nominee", "人选流程").State("nominated", "已提名").Final(Conventions.Admitted, "已入库")
            .Action("admit", "入库", "nominated", Conventions.Admitted, "第一篇", Guards.NotDirectEntry()).Build();
        Assert.Contains("人选流程的入库路径 admit 没有经过资格审查（Guards.NomineeEligible）", SchemeConformance.Problems(street with { NomineeWorkflow = sneaky }));
        var unapproved = street with
        {
            CampaignWorkflow = new WorkflowBuilder("campaign", "流程").State("draft", "筹备").Final("done", "完成").Action(Conventions.Publish, "公布", "draft", "done", "第一篇 3.一").Build(),
        };
        Assert.Contains("批次流程的“publish”没有 Guards.PlanApproved()：方案须经上级党委组织部门审核后执行（第一篇 4.二）", SchemeConformance.Problems(unapproved));
        var noPublish = street with { CampaignWorkflow = new WorkflowBuilder("campaign", "流程").State("draft", "筹备").Final("done", "完成").Action("announce", "公布", "draft", "done", "第一篇 3.一").Build() };
        Assert.Contains("批次流程没有“publish”操作：选拔前公开（第一篇 3.一）会被跳过", SchemeConformance.Problems(noPublish));
    }

    [Fact]
    public void DuringCampaign_DoesNotDependOnCallOrder()
    {
        WorkflowDefinition Build(bool stageFirst)
        {
            var b = new WorkflowBuilder("nominee", "人选流程").State("a", "甲").Final("b", "乙");
            if (stageFirst) b.DuringCampaign("inspecting", "组织考察", "go");
            b.Action("go", "走", "a", "b", "第一篇");
            if (!stageFirst) b.DuringCampaign("inspecting", "组织考察", "go");
            return b.Build();
        }

        Assert.Equal("inspecting", Assert.Single(Build(true).Actions.Single().Guards).Stage);
        Assert.Equal("inspecting", Assert.Single(Build(false).Actions.Single().Guards).Stage);
        Assert.Throws<InvalidOperationException>(() => new WorkflowBuilder("n", "n").State("a", "甲").Final("b", "乙").DuringCampaign("x", "x", "nope").Build());
    }

    [Theory]
    [MemberData(nameof(AllSchemes.Ids), MemberType = typeof(AllSchemes))]
    public void RuleIds_AreUnique_AcrossEligibilityAndPoolRules(string id)
    {
        var s = AllSchemes.Get(id);
        // A repeated id could never be relaxed or attested on its own.
        Assert.Empty(s.Rules.GroupBy(r => r.Id).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Empty(s.PoolRules.GroupBy(r => r.Id).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Empty(s.Channels.GroupBy(c => c.Id).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Empty(s.Management.RemovalReasons.GroupBy(r => r.Id).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Theory]
    [MemberData(nameof(AllSchemes.Ids), MemberType = typeof(AllSchemes))]
    public void EveryRuleAndEveryAction_HasACitation(string id)
    {
        var s = AllSchemes.Get(id);
        Assert.All(s.Rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Citation), $"{id}: rule {r.Id} has no citation"));
        Assert.All(s.PoolRules, r => Assert.False(string.IsNullOrWhiteSpace(r.Citation), $"{id}: pool rule {r.Id} has no citation"));
        Assert.All(s.Channels, c => Assert.False(string.IsNullOrWhiteSpace(c.Citation), $"{id}: channel {c.Id} has no citation"));
        foreach (var wf in new[] { s.CampaignWorkflow, s.NomineeWorkflow })
            Assert.All(wf.Actions, a => Assert.False(string.IsNullOrWhiteSpace(a.Citation), $"{id}/{wf.Id}: action {a.Id} from {a.From} has no citation"));
        Assert.All(s.Management.RemovalReasons, r => Assert.False(string.IsNullOrWhiteSpace(r.Citation), $"{id}: removal reason {r.Id} has no citation"));
        Assert.All(s.Management.UseRules, r => Assert.False(string.IsNullOrWhiteSpace(r.Citation), $"{id}: use rule {r.Id} has no citation"));
    }

    [Theory]
    [MemberData(nameof(AllSchemes.Ids), MemberType = typeof(AllSchemes))]
    public void EveryTrackNamedByARuleOrChannel_Exists(string id)
    {
        var s = AllSchemes.Get(id);
        var tracks = s.Tracks.Select(t => t.Id).ToHashSet();
        // A rule restricted to a track that does not exist would silently never apply.
        Assert.All(s.Rules, r => Assert.All(r.Tracks, t => Assert.Contains(t, tracks)));
        Assert.All(s.Channels, c => Assert.All(c.Tracks, t => Assert.Contains(t, tracks)));
        Assert.All(s.Rules, r => Assert.Contains(s.Tracks, t => r.AppliesTo(t.Id)));
    }

    [Theory]
    [MemberData(nameof(AllSchemes.Ids), MemberType = typeof(AllSchemes))]
    public void ASoftenedClause_IsRelaxable_OrSaysWhyNot(string id)
    {
        // SCHEMES.md conventions: "一般" / "原则上" make a condition relaxable, never silently hard.
        var s = AllSchemes.Get(id);
        foreach (var r in s.Rules.Where(r => r.Description.Contains("一般", StringComparison.Ordinal) || r.Description.Contains("原则上", StringComparison.Ordinal)))
        {
            var relaxable = r.Kind == RuleKind.Relaxable || r.RelaxableWhen is not null;
            Assert.True(relaxable || !string.IsNullOrWhiteSpace(r.Note), $"{id}: rule {r.Id} says 一般/原则上 but is {r.Kind} without a note saying why");
        }
    }

    [Theory]
    [MemberData(nameof(AllSchemes.Ids), MemberType = typeof(AllSchemes))]
    public void ARelaxableRule_SaysSoInItsOwnWords(string id)
    {
        // The operator reads the description, not the kind code: a relaxable rule names its softener.
        var words = new[] { "一般", "原则上", "放宽", "破格" };
        var s = AllSchemes.Get(id);
        Assert.All(s.Rules.Where(r => r.Kind == RuleKind.Relaxable), r =>
            Assert.True(words.Any(w => r.Description.Contains(w, StringComparison.Ordinal)), $"{id}: relaxable rule {r.Id} does not say it may be relaxed: {r.Description}"));
    }

    [Theory]
    [MemberData(nameof(AllSchemes.Ids), MemberType = typeof(AllSchemes))]
    public void Publication_WaitsForThePlansApproval_AndTheNoticeIsAStep(string id)
    {
        var s = AllSchemes.Get(id);
        var publish = Assert.Single(s.CampaignWorkflow.Actions, a => a.Id == "publish");
        Assert.Equal(s.CampaignWorkflow.Initial, publish.From);
        Assert.Contains(publish.Guards, g => g.Fact == WorkflowFacts.PlanApproved);
        // 第一篇 3.三: 考察公示 is a 必经程序 in every scheme, with a period before anyone is cleared.
        Assert.Contains(s.NomineeWorkflow.Actions, a => a.Id == "publicize");
        // Admission after the notice (not straight from the first state), unless it is direct entry.
        Assert.Contains(s.NomineeWorkflow.Actions, a => a.To == Conventions.Admitted && a.From != s.NomineeWorkflow.Initial);
        Assert.All(s.NomineeWorkflow.Actions.Where(a => a.To == Conventions.Admitted && a.From == s.NomineeWorkflow.Initial),
            a => Assert.True(SchemeConformance.IsDirectEntry(a), $"{id}: {a.Id} admits from the first state without being direct entry"));
    }

    [Fact]
    public void County_EveryEligibilityCondition_IsRelaxable()
    {
        // "一般从…的干部中选拔": nothing in the two clauses is hard.
        Assert.All(AllSchemes.Get("county").Rules, r => Assert.Equal(RuleKind.Relaxable, r.Kind));
    }

    [Fact]
    public void County_RemovalReasons_KeepAnOpenOtherWithANote_AndUseRulesAreNotTrainingForms()
    {
        var county = AllSchemes.Get("county").Management;
        var other = Assert.Single(county.RemovalReasons, r => r.Id == "other");
        Assert.True(other.NoteRequired);
        Assert.DoesNotContain(AllSchemes.Definitions.SelectMany(d => d.Management.TrainingForms), f => f.Contains("提名", StringComparison.Ordinal) || f.Contains("择优充实", StringComparison.Ordinal));
        Assert.Contains(AllSchemes.Get("village").Management.UseRules, u => u.Text.Contains("择优充实到村两委担任副职", StringComparison.Ordinal));
        Assert.Contains(AllSchemes.Get("enterprise").Management.UseRules, u => u.Text.Contains("直接进入提名酝酿程序", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(AllSchemes.Ids), MemberType = typeof(AllSchemes))]
    public void EachRulesText_StatesTheNumbersItsConditionUses(string id)
    {
        // The number lives twice — in the condition (AgeAtMost(45)) and in the words an operator reads ("45周岁以下");
        // a limit changed in one place and not the other is caught here.
        string[] chinese = ["零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十"];
        foreach (var rule in AllSchemes.Get(id).Rules)
        {
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(rule.Condition.Description, @"\d+"))
            {
                var n = int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture);
                var said = rule.Description.Contains(m.Value, StringComparison.Ordinal)
                    || (n is >= 1 and <= 10 && (rule.Description.Contains(chinese[n], StringComparison.Ordinal) || (n == 2 && rule.Description.Contains('二'))));
                Assert.True(said, $"{id}: rule {rule.Id} checks {m.Value} (“{rule.Condition.Description}”) but its text does not say so: {rule.Description}");
            }
        }
    }
}
