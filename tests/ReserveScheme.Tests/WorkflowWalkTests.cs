using ReserveSdk;

namespace ReserveScheme.Tests;

/// <summary>Every scheme's workflows, walked as graphs: each end state is reachable and no state is a dead end.</summary>
public sealed class WorkflowWalkTests
{
    private static IEnumerable<WorkflowDefinition> Flows(string id) => [AllSchemes.Get(id).CampaignWorkflow, AllSchemes.Get(id).NomineeWorkflow];

    [Theory]
    [MemberData(nameof(AllSchemes.Ids), MemberType = typeof(AllSchemes))]
    public void EveryEndState_IsReachedByAWalkFromTheStart(string id)
    {
        foreach (var wf in Flows(id))
        {
            foreach (var end in wf.States.Where(s => s.IsFinal))
            {
                var path = PathTo(wf, end.Id);
                Assert.True(path is not null, $"{id}/{wf.Id}: no path to {end.Id}");
                // Walk the path action by action: each step leaves the state the previous one entered.
                var state = wf.Initial;
                foreach (var a in path!)
                {
                    Assert.Equal(state, a.From);
                    state = a.To;
                }

                Assert.Equal(end.Id, state);
            }
        }
    }

    [Theory]
    [MemberData(nameof(AllSchemes.Ids), MemberType = typeof(AllSchemes))]
    public void EveryNonFinalState_HasAnExit_AndEveryGuardAReason(string id)
    {
        foreach (var wf in Flows(id))
        {
            Assert.All(wf.States.Where(s => !s.IsFinal), s => Assert.Contains(wf.Actions, a => a.From == s.Id));
            Assert.All(wf.Actions.SelectMany(a => a.Guards), g => Assert.False(string.IsNullOrWhiteSpace(g.Description)));
            Assert.Contains(wf.States, s => s.Id == "admitted" || s.Id == "completed");
        }
    }

    [Theory]
    [MemberData(nameof(AllSchemes.Ids), MemberType = typeof(AllSchemes))]
    public void EveryRule_HasADescriptionACitationAndAppliesToAKnownTrack(string id)
    {
        var s = AllSchemes.Get(id);
        Assert.Equal(s.Rules.Count, s.Rules.Select(r => r.Id).Distinct().Count());
        Assert.All(s.Rules, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Description));
            Assert.Matches("^第[一二三四五]篇", r.Citation);
            Assert.All(r.Tracks, t => Assert.NotNull(s.FindTrack(t)));
        });
    }

    private static List<WorkflowAction>? PathTo(WorkflowDefinition wf, string target)
    {
        var previous = new Dictionary<string, WorkflowAction>();
        var queue = new Queue<string>([wf.Initial]);
        var seen = new HashSet<string> { wf.Initial };
        while (queue.Count > 0)
        {
            var s = queue.Dequeue();
            if (s == target) break;
            foreach (var a in wf.Actions.Where(a => a.From == s && seen.Add(a.To)))
            {
                previous[a.To] = a;
                queue.Enqueue(a.To);
            }
        }

        if (!seen.Contains(target)) return null;
        var path = new List<WorkflowAction>();
        for (var s = target; s != wf.Initial; s = previous[s].From) path.Insert(0, previous[s]);
        return path;
    }
}
