using ReserveSdk;

namespace ReserveTest.DefectsPlugin;

/// <summary>The sound scheme, unchanged: the verifier finds no error in it.</summary>
public sealed class SoundScheme : ISchemePlugin
{
    public SchemeDefinition Define() => Sound.Scheme("sound");
}

/// <summary>RV001: one rule id twice (the second could never be relaxed on its own).</summary>
public sealed class DuplicateRuleId : ISchemePlugin
{
    public SchemeDefinition Define() => Sound.Scheme("rv001") is var s
        ? s with { Rules = [.. s.Rules, Rules.Relaxable("education.min", "年龄一般在40周岁以下", "测试 7", Conditions.AgeAtMost(40))] } : s;
}

/// <summary>RV002: a rule without its citation.</summary>
public sealed class EmptyCitation : ISchemePlugin
{
    public SchemeDefinition Define() => Sound.Scheme("rv002") is var s
        ? s with { Rules = [.. s.Rules, Rules.Hard("age.max", "年龄40周岁以下", " ", Conditions.AgeAtMost(40))] } : s;
}

/// <summary>RV003 (a warning): a track no rule applies to.</summary>
public sealed class TrackWithoutRules : ISchemePlugin
{
    public SchemeDefinition Define() => Sound.Scheme("rv003") is var s
        ? s with { Tracks = [.. s.Tracks, new Track("other", "另一类别", PostLevel.Principal)], Rules = [s.Rules[0].ForTracks("staff")] } : s;
}

/// <summary>RV004: ForTracks naming a track that does not exist (the rule silently never applies).</summary>
public sealed class UnknownTrack : ISchemePlugin
{
    public SchemeDefinition Define() => Sound.Scheme("rv004") is var s
        ? s with { Rules = [.. s.Rules, Rules.Hard("age.max", "年龄40周岁以下", "测试 7", Conditions.AgeAtMost(40)).ForTracks("stafff")] } : s;
}

/// <summary>RV005 and RV007: a definition not made by the builder, with an orphan state and an action to nowhere.</summary>
public sealed class BadStates : ISchemePlugin
{
    public SchemeDefinition Define()
    {
        var s = Sound.Scheme("rv005");
        var wf = s.CampaignWorkflow;
        return s with
        {
            CampaignWorkflow = wf with
            {
                States = [.. wf.States, new WorkflowState("appeal", "申诉")],
                Actions = [.. wf.Actions, new WorkflowAction("escalate", "上报", "nominating", "review", []) { Citation = "测试 8" }],
            },
        };
    }
}

/// <summary>RV006: a state that is not final and has no way out.</summary>
public sealed class NoWayOut : ISchemePlugin
{
    public SchemeDefinition Define() => Sound.Scheme("rv006") with
    {
        CampaignWorkflow = Sound.Campaign().State("stuck", "搁置").Action("park", "搁置", "nominating", "stuck", "测试 8").Build(),
    };
}

/// <summary>RV008: a guard without a reason for the operator.</summary>
public sealed class GuardWithoutReason : ISchemePlugin
{
    public SchemeDefinition Define() => Sound.Scheme("rv008") with
    {
        CampaignWorkflow = Sound.Campaign().Action("review", "审查", "nominating", "completed", "测试 8", new Guard("", _ => true)).Build(),
    };
}

/// <summary>RV009: a guard reading a fact the host never provides.</summary>
public sealed class UnknownFact : ISchemePlugin
{
    public SchemeDefinition Define() => Sound.Scheme("rv009") with
    {
        CampaignWorkflow = Sound.Campaign().Action("review", "审查", "nominating", "completed", "测试 8", new Guard("须已审查", g => g.Facts["campaign.reviewed"] == "true")).Build(),
    };
}

/// <summary>RV010: a notice state left without waiting for any period.</summary>
public sealed class NoticeWithoutPeriod : ISchemePlugin
{
    public SchemeDefinition Define() => Sound.Scheme("rv010") with
    {
        CampaignWorkflow = Sound.Campaign().State(Conventions.Notice, "公示").Action("open", "公示", "nominating", Conventions.Notice, "测试 8")
            .Action("close", "结束公示", Conventions.Notice, "completed", "测试 9").Build(),
    };
}

/// <summary>RV011: scoring parts that do not add up to their component.</summary>
public sealed class ScoringMismatch : ISchemePlugin
{
    public SchemeDefinition Define() => Sound.Scheme("rv011") with
    {
        Scoring = new ScoringModel([new ScoreComponent("inspection", "组织考察", 35, "测试 8") { Parts = [new("leaders", "领导班子", 15, "测试 8"), new("staff", "职工代表", 15, "测试 8")] }], [], "总分相同按考察得分"),
    };
}

/// <summary>RV012: publish renamed, so the mandatory 选拔前公开 would be skipped.</summary>
public sealed class RenamedPublish : ISchemePlugin
{
    public SchemeDefinition Define() => Sound.Scheme("rv012") with { CampaignWorkflow = Sound.Campaign("announce").Build() };
}

/// <summary>RV016: a rule that throws on a person with nothing recorded (an empty roster cell).</summary>
public sealed class ThrowsOnEmpty : ISchemePlugin
{
    public SchemeDefinition Define() => Sound.Scheme("rv016") is var s
        ? s with { Rules = [.. s.Rules, Rules.Hard("posts", "须有任职经历", "测试 7", Condition.Create("须有任职经历", ["posts"], (p, _) => new ConditionResult(p.Posts!.Count > 0 ? ConditionStatus.Met : ConditionStatus.Unmet, "任职经历")))] } : s;
}

/// <summary>Not a defect: a guard reading a step's mark, and a parameter that takes effect in a later year.</summary>
public sealed class MarksAndDatedParameters : ISchemePlugin
{
    public SchemeDefinition Define() => Sound.Scheme("fine") is var s
        ? s with
        {
            Rules = [.. s.Rules, Rules.Relaxable("age.max", "年龄一般在45周岁以下", "测试 7", Conditions.AgeAtMost(Parameter.Dated(new DatedValue<int>(new DateOnly(2027, 1, 1), 45))))],
            CampaignWorkflow = Sound.Campaign().Action("review", "审查", "nominating", "completed", "测试 8", new Guard("公布满 1 天", g => g.Now - g.Marks[Conventions.Publish] > TimeSpan.FromDays(1))).Build(),
        }
        : s;
}

/// <summary>RV009: a campaign guard reading a nominee's fact, which the host gives only to nominee guards.</summary>
public sealed class CampaignReadsNomineeFact : ISchemePlugin
{
    public SchemeDefinition Define() => Sound.Scheme("rv009n") with
    {
        CampaignWorkflow = Sound.Campaign().Action("review", "审查", "nominating", "completed", "测试 8", Guards.Fact(WorkflowFacts.Eligible, "人选须符合条件")).Build(),
    };
}
